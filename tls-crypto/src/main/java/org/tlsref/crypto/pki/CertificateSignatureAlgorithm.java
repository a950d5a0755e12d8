package org.tlsref.crypto.pki;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signature algorithms of certificates (the signatureAlgorithm field, RFC 5280 §4.1.1.2)
 * this package can check, as RFC 4055, RFC 5758 and RFC 8410 define them. A
 * {@link ValidationPolicy} chooses which are allowed; those hashing with MD5 or SHA-1 are known
 * so that they can be named and refused (RFC 8446 §4.4.2.4).
 */
public enum CertificateSignatureAlgorithm {
    /** md5WithRSAEncryption, never safe. */
    RSA_PKCS1_MD5("1.2.840.113549.1.1.4", "", Hash.WEAK),
    /** sha1WithRSAEncryption. */
    RSA_PKCS1_SHA1("1.2.840.113549.1.1.5", "", Hash.WEAK),
    /** sha256WithRSAEncryption, RFC 4055 §5. */
    RSA_PKCS1_SHA256("1.2.840.113549.1.1.11", "", Hash.STRONG),
    /** sha384WithRSAEncryption, RFC 4055 §5. */
    RSA_PKCS1_SHA384("1.2.840.113549.1.1.12", "", Hash.STRONG),
    /** sha512WithRSAEncryption, RFC 4055 §5. */
    RSA_PKCS1_SHA512("1.2.840.113549.1.1.13", "", Hash.STRONG),
    /** id-RSASSA-PSS with SHA-1, the default of RSASSA-PSS-params (RFC 4055 §3.1). */
    RSA_PSS_SHA1(CertificateSignatureAlgorithm.RSASSA_PSS, "1.3.14.3.2.26", Hash.WEAK),
    /** id-RSASSA-PSS with SHA-256 (RFC 4055 §3.1). */
    RSA_PSS_SHA256(CertificateSignatureAlgorithm.RSASSA_PSS, "2.16.840.1.101.3.4.2.1", Hash.STRONG),
    /** id-RSASSA-PSS with SHA-384 (RFC 4055 §3.1). */
    RSA_PSS_SHA384(CertificateSignatureAlgorithm.RSASSA_PSS, "2.16.840.1.101.3.4.2.2", Hash.STRONG),
    /** id-RSASSA-PSS with SHA-512 (RFC 4055 §3.1). */
    RSA_PSS_SHA512(CertificateSignatureAlgorithm.RSASSA_PSS, "2.16.840.1.101.3.4.2.3", Hash.STRONG),
    /** ecdsa-with-SHA1. */
    ECDSA_SHA1("1.2.840.10045.4.1", "", Hash.WEAK),
    /** ecdsa-with-SHA256, RFC 5758 §3.2. */
    ECDSA_SHA256("1.2.840.10045.4.3.2", "", Hash.STRONG),
    /** ecdsa-with-SHA384, RFC 5758 §3.2. */
    ECDSA_SHA384("1.2.840.10045.4.3.3", "", Hash.STRONG),
    /** ecdsa-with-SHA512, RFC 5758 §3.2. */
    ECDSA_SHA512("1.2.840.10045.4.3.4", "", Hash.STRONG),
    /** id-Ed25519, RFC 8410 §3. */
    ED25519("1.3.101.112", "", Hash.STRONG),
    /** id-Ed448, RFC 8410 §3. */
    ED448("1.3.101.113", "", Hash.STRONG);

    /** RFC 4055 §3.1: id-RSASSA-PSS; the hash is in its parameters. */
    static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    private enum Hash { WEAK, STRONG }

    private final String oid;
    private final String pssHashOid;
    private final Hash hash;

    CertificateSignatureAlgorithm(String oid, String pssHashOid, Hash hash) {
        this.oid = oid;
        this.pssHashOid = pssHashOid;
        this.hash = hash;
    }

    /** The signature algorithm OID of RFC 5280 §4.1.1.2. */
    public String oid() {
        return oid;
    }

    /**
     * Whether the algorithm hashes with MD5 or SHA-1, which RFC 8446 §4.4.2.4 refuses with
     * bad_certificate.
     */
    public boolean hasWeakHash() {
        return hash == Hash.WEAK;
    }

    /** Every algorithm whose hash is SHA-256 or stronger: the default policy's set. */
    public static Set<CertificateSignatureAlgorithm> modern() {
        EnumSet<CertificateSignatureAlgorithm> modern = EnumSet.noneOf(CertificateSignatureAlgorithm.class);
        for (CertificateSignatureAlgorithm algorithm : values()) {
            if (!algorithm.hasWeakHash()) {
                modern.add(algorithm);
            }
        }
        return modern;
    }

    /** For RSASSA-PSS, the hash OID its parameters must name; empty otherwise. */
    String pssHashOid() {
        return pssHashOid;
    }
}
