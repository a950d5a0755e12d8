package org.tlsref.crypto.pki;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;

/**
 * The checks of one certificate that RFC 5280 §6.1 and RFC 8446 §4.4.2 ask for, each failing
 * with its own {@link CertificateFailure}. {@link PathValidator} calls them in the order of the
 * RFC's steps.
 */
final class CertificateChecks {
    /** RFC 4055 §2.1: id-sha1, the hash of RSASSA-PSS-params when none is named. */
    private static final String SHA1 = "1.3.14.3.2.26";

    private CertificateChecks() {
    }

    /**
     * RFC 8446 §4.2.3 and §4.4.2.4: the algorithm that signed {@code certificate} is one this
     * package knows and {@code policy} allows.
     */
    static void signatureAlgorithm(X509Certificate certificate, ValidationPolicy policy) throws Rejection {
        CertificateSignatureAlgorithm algorithm = identify(certificate);
        if (!policy.signatureAlgorithms().contains(algorithm)) {
            CertificateFailure reason = algorithm.hasWeakHash()
                    ? CertificateFailure.WEAK_SIGNATURE_ALGORITHM
                    : CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM;
            throw new Rejection(reason, X509Extensions.subject(certificate) + " is signed with "
                    + algorithm + ", which the validation policy does not allow");
        }
    }

    static CertificateSignatureAlgorithm identify(X509Certificate certificate) throws Rejection {
        String oid = certificate.getSigAlgOID();
        String pssHash = CertificateSignatureAlgorithm.RSASSA_PSS.equals(oid) ? pssHash(certificate) : "";
        for (CertificateSignatureAlgorithm algorithm : CertificateSignatureAlgorithm.values()) {
            if (algorithm.oid().equals(oid) && algorithm.pssHashOid().equals(pssHash)) {
                return algorithm;
            }
        }
        throw new Rejection(CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM, X509Extensions.subject(certificate)
                + " is signed with " + certificate.getSigAlgName() + " (" + oid + (pssHash.isEmpty() ? "" : ", hash " + pssHash)
                + "), which is not supported");
    }

    private static String pssHash(X509Certificate certificate) throws Rejection {
        byte[] parameters = certificate.getSigAlgParams();
        if (parameters == null) {
            return SHA1;
        }
        try {
            return RSASSAPSSparams.getInstance(parameters).getHashAlgorithm().getAlgorithm().getId();
        } catch (RuntimeException e) {
            throw new Rejection(CertificateFailure.MALFORMED,
                    "RSASSA-PSS parameters of " + X509Extensions.subject(certificate) + " do not parse", e);
        }
    }

    /** RFC 5280 §6.1.3 (a)(1): the signature verifies with the issuer's public key. */
    static void signature(X509Certificate certificate, PublicKey issuerKey) throws Rejection {
        String subject = X509Extensions.subject(certificate);
        try {
            certificate.verify(issuerKey);
        } catch (SignatureException | InvalidKeyException e) {
            throw new Rejection(CertificateFailure.BAD_SIGNATURE,
                    "the signature on " + subject + " does not verify with its issuer's key", e);
        } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
            throw new Rejection(CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM,
                    "no provider verifies " + certificate.getSigAlgName() + " on " + subject, e);
        } catch (CertificateException e) {
            throw new Rejection(CertificateFailure.MALFORMED, subject + " cannot be re-encoded to verify", e);
        } catch (RuntimeException e) {
            // Providers report some malformed signature values as unchecked exceptions.
            throw new Rejection(CertificateFailure.BAD_SIGNATURE, "the signature on " + subject + " is malformed", e);
        }
    }

    /**
     * RFC 5280 §6.1.3 (a)(2): {@code now} is within notBefore..notAfter, both inclusive
     * (§4.1.2.5).
     */
    static void validity(X509Certificate certificate, Instant now) throws Rejection {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            throw new Rejection(CertificateFailure.NOT_YET_VALID,
                    X509Extensions.subject(certificate) + " is valid from " + notBefore + ", it is " + now);
        }
        if (now.isAfter(notAfter)) {
            throw new Rejection(CertificateFailure.EXPIRED,
                    X509Extensions.subject(certificate) + " expired at " + notAfter + ", it is " + now);
        }
    }

    /**
     * RFC 8446 §4.4.2.2 ("currently RSA, ECDSA, or EdDSA") and the policy's key sizes: RSA and
     * RSASSA-PSS moduli, EC field sizes; Ed25519 and Ed448 have fixed strength.
     */
    static void publicKey(X509Certificate certificate, ValidationPolicy policy) throws Rejection {
        PublicKey key = certificate.getPublicKey();
        String subject = X509Extensions.subject(certificate);
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < policy.minimumRsaBits()) {
                throw new Rejection(CertificateFailure.KEY_TOO_SMALL, subject + " has an RSA key of "
                        + bits + " bits, fewer than " + policy.minimumRsaBits());
            }
        } else if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            if (bits < policy.minimumEcBits()) {
                throw new Rejection(CertificateFailure.KEY_TOO_SMALL, subject + " has an EC key on a "
                        + bits + "-bit curve, smaller than " + policy.minimumEcBits());
            }
        } else if (!(key instanceof EdECPublicKey)) {
            throw new Rejection(CertificateFailure.UNSUPPORTED_KEY_TYPE,
                    subject + " has a " + key.getAlgorithm() + " key");
        }
    }

    /**
     * RFC 5280 §6.1.4 (k): "verify that the basicConstraints extension is present and that cA
     * is set to TRUE". Version 1 and 2 certificates are never CAs here, as (k) permits.
     */
    static void actsAsCa(X509Certificate certificate) throws Rejection {
        if (certificate.getVersion() < 3 || certificate.getBasicConstraints() < 0) {
            throw new Rejection(CertificateFailure.NOT_A_CA, X509Extensions.subject(certificate)
                    + " issued a certificate but is not a CA (no basicConstraints cA=TRUE)");
        }
    }

    /** RFC 5280 §6.1.4 (n): "If a key usage extension is present, verify that the keyCertSign bit is set." */
    static void mayIssueCertificates(X509Certificate certificate) throws Rejection {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !(keyUsage.length > 5 && keyUsage[5])) {
            throw new Rejection(CertificateFailure.CA_WITHOUT_KEY_CERT_SIGN,
                    X509Extensions.subject(certificate) + " issued a certificate but its keyUsage lacks keyCertSign");
        }
    }

    /** RFC 5280 §6.1.4 (o) and §6.1.5 (f): every critical extension is recognised. */
    static void criticalExtensions(X509Certificate certificate) throws Rejection {
        Set<String> critical = certificate.getCriticalExtensionOIDs();
        if (critical == null) {
            return;
        }
        for (String oid : critical) {
            if (!X509Extensions.RECOGNISED.contains(oid)) {
                throw new Rejection(CertificateFailure.UNKNOWN_CRITICAL_EXTENSION,
                        X509Extensions.subject(certificate) + " has an unknown critical extension " + oid);
            }
        }
    }

    /**
     * RFC 5280 §4.2.1.12: absent, the extension does not restrict the certificate; present, it
     * must list {@code purpose} or anyExtendedKeyUsage. (The RFC lets applications refuse
     * anyExtendedKeyUsage; this one does not, as the value means exactly "any purpose".)
     */
    static void extendedKeyUsage(X509Certificate certificate, Purpose purpose) throws Rejection {
        List<String> purposes;
        try {
            purposes = certificate.getExtendedKeyUsage();
        } catch (CertificateException e) {
            throw new Rejection(CertificateFailure.MALFORMED,
                    "extKeyUsage of " + X509Extensions.subject(certificate) + " does not parse", e);
        }
        if (purposes != null && !purposes.contains(purpose.keyPurposeId())
                && !purposes.contains(Purpose.ANY_EXTENDED_KEY_USAGE)) {
            throw new Rejection(CertificateFailure.WRONG_EXTENDED_KEY_USAGE, X509Extensions.subject(certificate)
                    + " has extKeyUsage " + purposes + ", without " + purpose + " (" + purpose.keyPurposeId() + ")");
        }
    }

    /** RFC 5280 §4.2.1.3 and RFC 8446 §4.4.2.2: a present keyUsage allows {@code use}. */
    static void keyUsage(X509Certificate leaf, LeafKeyUse use) throws Rejection {
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage != null && !(keyUsage.length > use.bit() && keyUsage[use.bit()])) {
            throw new Rejection(CertificateFailure.KEY_USAGE_NOT_ALLOWED, X509Extensions.subject(leaf)
                    + " has a keyUsage without " + use.bitName() + ", needed for " + use);
        }
    }
}
