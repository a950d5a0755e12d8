package org.tlsref.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;

/** The certificate extensions this package knows (RFC 5280 §4.2.1), and reading their values. */
final class X509Extensions {
    static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    static final String KEY_USAGE = "2.5.29.15";
    static final String SUBJECT_ALT_NAME = "2.5.29.17";
    static final String BASIC_CONSTRAINTS = "2.5.29.19";
    static final String NAME_CONSTRAINTS = "2.5.29.30";
    static final String CERTIFICATE_POLICIES = "2.5.29.32";
    static final String AUTHORITY_KEY_IDENTIFIER = "2.5.29.35";
    static final String EXTENDED_KEY_USAGE = "2.5.29.37";

    /**
     * The extensions recognised when critical (RFC 5280 §6.1.4 (o), §6.1.5 (f)). Certificate
     * policies are recognised without being processed: validation runs RFC 5280 §6.1 with
     * user-initial-policy-set = any-policy and initial-explicit-policy, initial-policy-mapping-inhibit
     * and initial-any-policy-inhibit unset, where the policies of a path cannot make it fail
     * unless a policyConstraints, policyMappings or inhibitAnyPolicy extension asks for it — and
     * those three are not recognised, so a critical one rejects the certificate.
     */
    static final Set<String> RECOGNISED = Set.of(SUBJECT_KEY_IDENTIFIER, KEY_USAGE, SUBJECT_ALT_NAME,
            BASIC_CONSTRAINTS, NAME_CONSTRAINTS, CERTIFICATE_POLICIES, AUTHORITY_KEY_IDENTIFIER,
            EXTENDED_KEY_USAGE);

    private X509Extensions() {
    }

    /**
     * The extnValue of extension {@code oid} (the DER inside the OCTET STRING), if present.
     *
     * @throws Rejection MALFORMED if the JDK hands back something that is not an OCTET STRING
     */
    static Optional<byte[]> value(X509Certificate certificate, String oid) throws Rejection {
        byte[] wrapped = certificate.getExtensionValue(oid);
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1OctetString.getInstance(wrapped).getOctets());
        } catch (RuntimeException e) {
            throw new Rejection(CertificateFailure.MALFORMED,
                    "extension " + oid + " of " + subject(certificate) + " is not an OCTET STRING", e);
        }
    }

    /** The subject name, for messages (RFC 2253 form). */
    static String subject(X509Certificate certificate) {
        X500Principal subject = certificate.getSubjectX500Principal();
        String name = subject.getName(X500Principal.RFC2253);
        return name.isEmpty() ? "certificate with an empty subject" : "'" + name + "'";
    }

    /** RFC 5280 §6.1: issuer and subject names are the same (a self-issued certificate). */
    static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
