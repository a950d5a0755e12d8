package org.tlsref.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.tlsref.api.codec.Bytes;

/**
 * The name constraints of one CA certificate (RFC 5280 §4.2.1.10), checked against every
 * certificate below it (§6.1.3 (b) and (c)).
 *
 * <p>Keeping each CA's set and requiring a name to pass all of them is the same as the
 * intersection of permitted subtrees and union of excluded subtrees of §6.1.4 (g), and reads
 * more simply. dNSName and iPAddress constraints are processed; a constraint of any other form
 * rejects the path once a certificate below has a name of that form (the subject, for
 * directoryName; an emailAddress attribute in the subject, for rfc822Name), as §4.2.1.10 allows.
 * The subject common name is never treated as a DNS name (RFC 9525 §2), so dNSName constraints
 * do not apply to it.
 */
final class NameConstraintSet {
    private final String ca;
    private final List<String> permittedDns = new ArrayList<>();
    private final List<String> excludedDns = new ArrayList<>();
    private final List<Bytes> permittedIp = new ArrayList<>();
    private final List<Bytes> excludedIp = new ArrayList<>();
    private final Set<Integer> otherForms = new TreeSet<>();

    private NameConstraintSet(String ca) {
        this.ca = ca;
    }

    /** The constraints of {@code ca}, if it has the extension. */
    static Optional<NameConstraintSet> of(X509Certificate ca) throws Rejection {
        Optional<byte[]> value = X509Extensions.value(ca, X509Extensions.NAME_CONSTRAINTS);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        NameConstraintSet set = new NameConstraintSet(X509Extensions.subject(ca));
        try {
            NameConstraints constraints = NameConstraints.getInstance(value.get());
            set.add(constraints.getPermittedSubtrees(), set.permittedDns, set.permittedIp);
            set.add(constraints.getExcludedSubtrees(), set.excludedDns, set.excludedIp);
        } catch (RuntimeException e) {
            throw new Rejection(CertificateFailure.MALFORMED, "nameConstraints of " + set.ca + " does not parse", e);
        }
        return Optional.of(set);
    }

    private void add(GeneralSubtree[] subtrees, List<String> dns, List<Bytes> ip) throws Rejection {
        if (subtrees == null) {
            return;
        }
        for (GeneralSubtree subtree : subtrees) {
            if (subtree.getMinimum().signum() != 0 || subtree.getMaximum() != null) {
                // RFC 5280 §4.2.1.10: "minimum MUST be zero, and maximum MUST be absent".
                throw new Rejection(CertificateFailure.UNSUPPORTED_NAME_CONSTRAINT,
                        "nameConstraints of " + ca + " uses minimum/maximum");
            }
            GeneralName base = subtree.getBase();
            switch (base.getTagNo()) {
                case GeneralName.dNSName ->
                        dns.add(ASN1IA5String.getInstance(base.getName()).getString().toLowerCase(Locale.ROOT));
                case GeneralName.iPAddress -> ip.add(subnet(base));
                default -> otherForms.add(base.getTagNo());
            }
        }
    }

    private Bytes subnet(GeneralName base) throws Rejection {
        byte[] octets = ASN1OctetString.getInstance(base.getName()).getOctets();
        if (octets.length != 8 && octets.length != 32) {
            throw new Rejection(CertificateFailure.MALFORMED, "nameConstraints of " + ca
                    + " has an iPAddress of " + octets.length + " octets, not address and mask (8 or 32)");
        }
        return Bytes.of(octets);
    }

    /** RFC 5280 §6.1.3 (b) and (c) for {@code certificate}, a certificate below this CA. */
    void check(X509Certificate certificate) throws Rejection {
        AltNames names = AltNames.of(certificate);
        for (String dns : names.dnsNames()) {
            String name = dns.toLowerCase(Locale.ROOT);
            if (!permittedDns.isEmpty() && permittedDns.stream().noneMatch(c -> withinDns(c, name))) {
                throw violation(certificate, "dNSName " + dns + " is outside the permitted subtrees");
            }
            if (excludedDns.stream().anyMatch(c -> excludesDns(c, name))) {
                throw violation(certificate, "dNSName " + dns + " is inside an excluded subtree");
            }
        }
        for (Bytes address : names.ipAddresses()) {
            if (!permittedIp.isEmpty() && permittedIp.stream().noneMatch(s -> withinSubnet(s, address))) {
                throw violation(certificate, "iPAddress " + IpAddressText.format(address)
                        + " is outside the permitted subtrees");
            }
            if (excludedIp.stream().anyMatch(s -> withinSubnet(s, address))) {
                throw violation(certificate, "iPAddress " + IpAddressText.format(address)
                        + " is inside an excluded subtree");
            }
        }
        checkUnprocessedForms(certificate, names);
    }

    private void checkUnprocessedForms(X509Certificate certificate, AltNames names) throws Rejection {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        boolean hasName = (subject.getRDNs().length > 0 && otherForms.contains(GeneralName.directoryName))
                || (subject.getRDNs(BCStyle.EmailAddress).length > 0 && otherForms.contains(GeneralName.rfc822Name))
                || names.otherForms().stream().anyMatch(otherForms::contains);
        if (hasName) {
            throw new Rejection(CertificateFailure.UNSUPPORTED_NAME_CONSTRAINT, ca
                    + " constrains name forms " + otherForms + " (GeneralName tags) that "
                    + X509Extensions.subject(certificate) + " uses; only dNSName and iPAddress are processed");
        }
    }

    /**
     * RFC 5280 §4.2.1.10: "Any DNS name that can be constructed by simply adding zero or more
     * labels to the left-hand side of the name satisfies the name constraint." A leading dot
     * (".example.com", a common extension) admits only names below it; an empty constraint
     * admits every name.
     */
    static boolean withinDns(String constraint, String name) {
        if (constraint.isEmpty()) {
            return true;
        }
        if (constraint.startsWith(".")) {
            return name.endsWith(constraint);
        }
        return name.equals(constraint) || name.endsWith("." + constraint);
    }

    /**
     * Whether an excluded subtree catches {@code name}. A wildcard "*.r" is caught also when the
     * subtree is one name it would match ("x.r"), since the wildcard stands for that name too.
     */
    static boolean excludesDns(String constraint, String name) {
        if (withinDns(constraint, name)) {
            return true;
        }
        if (!name.startsWith("*.")) {
            return false;
        }
        String remainder = name.substring(1);
        String subtree = constraint.startsWith(".") ? constraint.substring(1) : constraint;
        int dot = subtree.indexOf('.');
        return dot > 0 && subtree.substring(dot).equals(remainder);
    }

    /** RFC 5280 §4.2.1.10: an address is within address/mask when they agree on every masked bit. */
    static boolean withinSubnet(Bytes subnet, Bytes address) {
        int length = subnet.length() / 2;
        if (address.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int mask = subnet.get(length + i);
            if ((address.get(i) & mask) != (subnet.get(i) & mask)) {
                return false;
            }
        }
        return true;
    }

    private Rejection violation(X509Certificate certificate, String what) {
        return new Rejection(CertificateFailure.NAME_CONSTRAINT_VIOLATION,
                X509Extensions.subject(certificate) + ": " + what + " of " + ca);
    }
}
