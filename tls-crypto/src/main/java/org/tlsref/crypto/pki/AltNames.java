package org.tlsref.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.tlsref.api.codec.Bytes;

/**
 * The subjectAltName extension of a certificate (RFC 5280 §4.2.1.6): its dNSName entries as
 * written, its iPAddress entries as 4 or 16 octets, and the GeneralName tags of every other
 * form present (which this package does not interpret).
 */
record AltNames(List<String> dnsNames, List<Bytes> ipAddresses, Set<Integer> otherForms) {
    AltNames {
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
        otherForms = Set.copyOf(otherForms);
    }

    /**
     * The names of {@code certificate}; all lists empty without the extension.
     *
     * @throws Rejection MALFORMED if the extension does not parse, or an iPAddress entry is not
     *     4 or 16 octets ("exactly four octets" / "exactly sixteen octets")
     */
    static AltNames of(X509Certificate certificate) throws Rejection {
        Optional<byte[]> value = X509Extensions.value(certificate, X509Extensions.SUBJECT_ALT_NAME);
        List<String> dns = new ArrayList<>();
        List<Bytes> ips = new ArrayList<>();
        Set<Integer> others = new TreeSet<>();
        if (value.isEmpty()) {
            return new AltNames(dns, ips, others);
        }
        for (GeneralName name : parse(value.get(), certificate)) {
            switch (name.getTagNo()) {
                case GeneralName.dNSName -> dns.add(ASN1IA5String.getInstance(name.getName()).getString());
                case GeneralName.iPAddress -> ips.add(ipAddress(name, certificate));
                default -> others.add(name.getTagNo());
            }
        }
        return new AltNames(dns, ips, others);
    }

    private static GeneralName[] parse(byte[] value, X509Certificate certificate) throws Rejection {
        try {
            return GeneralNames.getInstance(value).getNames();
        } catch (RuntimeException e) {
            throw new Rejection(CertificateFailure.MALFORMED,
                    "subjectAltName of " + X509Extensions.subject(certificate) + " does not parse", e);
        }
    }

    private static Bytes ipAddress(GeneralName name, X509Certificate certificate) throws Rejection {
        byte[] octets = ASN1OctetString.getInstance(name.getName()).getOctets();
        if (octets.length != 4 && octets.length != 16) {
            throw new Rejection(CertificateFailure.MALFORMED, "subjectAltName iPAddress of "
                    + X509Extensions.subject(certificate) + " has " + octets.length + " octets, not 4 or 16");
        }
        return Bytes.of(octets);
    }
}
