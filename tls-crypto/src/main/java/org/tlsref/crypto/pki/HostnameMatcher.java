package org.tlsref.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tlsref.api.TlsAlert;

/**
 * Checks that a validated server certificate is for the server the client meant (RFC 9525 §6,
 * which obsoletes RFC 6125).
 *
 * <ul>
 *   <li>Only the subjectAltName extension is used: dNSName entries for a DNS name, iPAddress
 *       entries for an IP address (RFC 9525 §6.3, §6.4). The subject common name is never used,
 *       with or without a subjectAltName: "The Common Name RDN MUST NOT be used to identify a
 *       service" (RFC 9525 §2).
 *   <li>DNS names compare label by label as case-insensitive ASCII (RFC 9525 §6.3, RFC 4343);
 *       internationalised names compare as their A-labels. One trailing dot of the reference is
 *       ignored; a presented name with a trailing dot or an empty label is not valid
 *       (RFC 5280 §4.2.1.6 "preferred name syntax") and is ignored.
 *   <li>A wildcard is honoured only as the complete left-most label and only once
 *       (RFC 9525 §6.3: "There is only one wildcard character" and "The wildcard character
 *       appears only as the complete content of the left-most label"), and it matches exactly
 *       one label. So {@code w*.example.com}, {@code a.*.example.com} and {@code *.*.example.com}
 *       are ignored.
 *   <li>RFC 9525 §7.1 leaves wildcards over public suffixes out of scope. Without a public
 *       suffix list, the rule here is: the part after {@code *.} must have at least two labels,
 *       so {@code *.com} and {@code *.test} are ignored while {@code *.example.com} is honoured
 *       ({@code *.co.uk} would still be honoured).
 *   <li>An IP reference matches only an iPAddress entry with the same octets (RFC 9525 §6.4),
 *       never a dNSName that spells the address; a DNS reference never matches an iPAddress.
 * </ul>
 *
 * A mismatch fails with {@link CertificateFailure#HOST_MISMATCH}, bad_certificate, as RFC 9525
 * §6.6 says.
 */
public final class HostnameMatcher {
    private HostnameMatcher() {
    }

    /**
     * Checks that {@code path}'s leaf names {@code reference}: a host name (A-labels) or an IPv4
     * or IPv6 literal, as the client was asked to connect to.
     *
     * @throws TlsAlert {@link CertificateFailure#HOST_MISMATCH} when no presented identifier
     *     matches, or {@link CertificateFailure#MALFORMED} when the names do not parse
     * @throws IllegalArgumentException when {@code reference} is neither a DNS name nor an address
     */
    public static void verify(ValidatedPath path, String reference) {
        ReferenceIdentifier identifier = ReferenceIdentifier.parse(reference);
        X509Certificate leaf = path.leaf();
        AltNames names;
        try {
            names = AltNames.of(leaf);
        } catch (Rejection rejection) {
            throw rejection.toAlert();
        }
        if (!matches(identifier, names)) {
            throw new TlsAlert(CertificateFailure.HOST_MISMATCH, X509Extensions.subject(leaf)
                    + " is not for " + identifier + "; it presents " + presented(names));
        }
    }

    static boolean matches(ReferenceIdentifier identifier, AltNames names) {
        if (identifier instanceof ReferenceIdentifier.IpAddress ip) {
            return names.ipAddresses().contains(ip.octets());
        }
        List<String> reference = ((ReferenceIdentifier.DnsName) identifier).labels();
        return names.dnsNames().stream().anyMatch(presented -> matchesDnsName(presented, reference));
    }

    /** RFC 9525 §6.3 for one presented dNSName; invalid presented names match nothing. */
    static boolean matchesDnsName(String presented, List<String> reference) {
        if (!presented.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        String[] labels = presented.toLowerCase(Locale.ROOT).split("\\.", -1);
        if (labels.length != reference.size()) {
            return false;
        }
        boolean wildcard = labels[0].equals("*");
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.isEmpty() || (label.contains("*") && !(i == 0 && wildcard))) {
                return false;
            }
            if (!(i == 0 && wildcard) && !label.equals(reference.get(i))) {
                return false;
            }
        }
        // The public-suffix approximation: "*." must be followed by at least two labels.
        return !wildcard || labels.length >= 3;
    }

    private static String presented(AltNames names) {
        String dns = String.join(", ", names.dnsNames());
        String ips = names.ipAddresses().stream().map(IpAddressText::format).collect(Collectors.joining(", "));
        if (dns.isEmpty() && ips.isEmpty()) {
            return "no subjectAltName dNSName or iPAddress (the common name is not used)";
        }
        return "dNSName [" + dns + "] iPAddress [" + ips + "]";
    }
}
