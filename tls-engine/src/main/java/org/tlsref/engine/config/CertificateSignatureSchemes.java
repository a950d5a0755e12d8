package org.tlsref.engine.config;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.CertificateSignatureAlgorithm;

/**
 * The TLS names of the signatures in a certificate chain, for choosing a chain the peer can
 * validate: RFC 9846 §4.3.3 (RFC 8446 §4.2.3), "The "signature_algorithms_cert" extension applies
 * to signatures in certificates". An X.509 signature algorithm (RFC 5280 §4.1.1.2) maps to a
 * SignatureScheme as follows:
 * <ul>
 *   <li>sha{256,384,512}WithRSAEncryption to rsa_pkcs1_sha*, which "refer solely to signatures
 *       which appear in certificates"; sha1WithRSAEncryption to rsa_pkcs1_sha1;</li>
 *   <li>ecdsa-with-SHA{256,384,512} to the ecdsa_secp*_sha* of that hash, when the issuer's key
 *       is on that scheme's curve (TLS 1.3 ECDSA schemes name "the corresponding curve"); a
 *       P-384 key signing with SHA-256 has no name; ecdsa-with-SHA1 to ecdsa_sha1;</li>
 *   <li>id-RSASSA-PSS with SHA-2, MGF1 with the same hash and a salt as long as the hash (the
 *       RFC's "The length of the Salt MUST be equal to the length of the output of the digest
 *       algorithm") to rsa_pss_rsae_* when the issuer's key is rsaEncryption and rsa_pss_pss_*
 *       when it is id-RSASSA-PSS;</li>
 *   <li>id-Ed25519 and id-Ed448 to ed25519 and ed448.</li>
 * </ul>
 * Where the issuer's key decides and the issuer is not in the chain (a root left out, RFC 9846
 * §4.5.1), every name the signature may have is given. MD5, brainpool curves and anything else
 * have no name here.
 */
public final class CertificateSignatureSchemes {
    /** RFC 4055 §3.1: id-RSASSA-PSS. */
    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    /** The SHA-2 hashes with the names they give RSASSA-PSS and ECDSA signatures. */
    private enum Sha2 {
        SHA256("SHA-256", 32, SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_PSS_SHA256, NistCurve.SECP256R1,
                SignatureScheme.ECDSA_SECP256R1_SHA256),
        SHA384("SHA-384", 48, SignatureScheme.RSA_PSS_RSAE_SHA384,
                SignatureScheme.RSA_PSS_PSS_SHA384, NistCurve.SECP384R1,
                SignatureScheme.ECDSA_SECP384R1_SHA384),
        SHA512("SHA-512", 64, SignatureScheme.RSA_PSS_RSAE_SHA512,
                SignatureScheme.RSA_PSS_PSS_SHA512, NistCurve.SECP521R1,
                SignatureScheme.ECDSA_SECP521R1_SHA512);

        final String standardName;
        final int length;
        final SignatureScheme pssRsae;
        final SignatureScheme pssPss;
        final NistCurve curve;
        final SignatureScheme ecdsa;

        Sha2(String standardName, int length, SignatureScheme pssRsae, SignatureScheme pssPss,
                NistCurve curve, SignatureScheme ecdsa) {
            this.standardName = standardName;
            this.length = length;
            this.pssRsae = pssRsae;
            this.pssPss = pssPss;
            this.curve = curve;
            this.ecdsa = ecdsa;
        }

        static Optional<Sha2> named(String name) {
            for (Sha2 hash : values()) {
                if (hash.standardName.equalsIgnoreCase(name)) {
                    return Optional.of(hash);
                }
            }
            return Optional.empty();
        }
    }

    private CertificateSignatureSchemes() {
    }

    /**
     * The schemes that name the signature on {@code certificate}: one when the algorithm and the
     * issuer's key fix it, two for RSASSA-PSS by an issuer not at hand (rsae or pss), none when
     * no TLS scheme names it.
     *
     * @param issuerKey the public key that made the signature, when known
     */
    public static List<SignatureScheme> of(X509Certificate certificate,
            Optional<PublicKey> issuerKey) {
        String oid = certificate.getSigAlgOID();
        if (RSASSA_PSS.equals(oid)) {
            return pss(certificate.getSigAlgParams(), issuerKey);
        }
        for (CertificateSignatureAlgorithm algorithm : CertificateSignatureAlgorithm.values()) {
            if (algorithm.oid().equals(oid)) {
                return named(algorithm, issuerKey);
            }
        }
        return List.of();
    }

    /**
     * True when every certificate of {@code chain} that the peer validates is signed with one of
     * {@code accepted}. RFC 9846 §4.5.1.2: "All certificates provided by the sender MUST be
     * signed by a signature algorithm advertised by the peer, if it is able to provide such a
     * chain (see Section 4.3.3). Certificates that are self-signed or certificates that are
     * expected to be trust anchors are not validated as part of the chain and therefore MAY be
     * signed with any algorithm." So the leaf and every intermediate count, a self-signed
     * certificate does not. The issuer of each is looked up in the chain by name.
     */
    public static boolean signedOnlyWith(CertificateChain chain, List<SignatureScheme> accepted) {
        List<X509Certificate> certificates = chain.certificates();
        for (X509Certificate certificate : certificates) {
            if (selfSigned(certificate)) {
                continue;
            }
            List<SignatureScheme> names = of(certificate, issuerKey(certificate, certificates));
            if (names.stream().noneMatch(accepted::contains)) {
                return false;
            }
        }
        return true;
    }

    private static List<SignatureScheme> named(CertificateSignatureAlgorithm algorithm,
            Optional<PublicKey> issuerKey) {
        return switch (algorithm) {
            case RSA_PKCS1_SHA1 -> List.of(SignatureScheme.RSA_PKCS1_SHA1);
            case RSA_PKCS1_SHA256 -> List.of(SignatureScheme.RSA_PKCS1_SHA256);
            case RSA_PKCS1_SHA384 -> List.of(SignatureScheme.RSA_PKCS1_SHA384);
            case RSA_PKCS1_SHA512 -> List.of(SignatureScheme.RSA_PKCS1_SHA512);
            case ECDSA_SHA1 -> List.of(SignatureScheme.ECDSA_SHA1);
            case ECDSA_SHA256 -> ecdsa(Sha2.SHA256, issuerKey);
            case ECDSA_SHA384 -> ecdsa(Sha2.SHA384, issuerKey);
            case ECDSA_SHA512 -> ecdsa(Sha2.SHA512, issuerKey);
            case ED25519 -> List.of(SignatureScheme.ED25519);
            case ED448 -> List.of(SignatureScheme.ED448);
            default -> List.of();
        };
    }

    /** RFC 9846 §4.3.3: an ECDSA scheme names "the corresponding curve" as well as the hash. */
    private static List<SignatureScheme> ecdsa(Sha2 hash, Optional<PublicKey> issuerKey) {
        if (issuerKey.isEmpty()) {
            return List.of(hash.ecdsa);
        }
        boolean onCurve = issuerKey.get() instanceof ECPublicKey ec
                && NistCurve.of(ec.getParams()).equals(Optional.of(hash.curve));
        return onCurve ? List.of(hash.ecdsa) : List.of();
    }

    /**
     * RFC 9846 §4.3.3: RSASSA-PSS schemes use "MGF1 [...] The digest used in MGF1 and the digest
     * being signed are both the corresponding hash algorithm", the salt as long as the digest;
     * rsae when the key "MUST use the rsaEncryption OID", pss when it uses the RSASSA-PSS OID.
     */
    private static List<SignatureScheme> pss(byte[] parameters, Optional<PublicKey> issuerKey) {
        Optional<Sha2> hash = pssHash(parameters);
        if (hash.isEmpty()) {
            return List.of();
        }
        if (issuerKey.isEmpty()) {
            return List.of(hash.get().pssRsae, hash.get().pssPss);
        }
        String keyAlgorithm = issuerKey.get().getAlgorithm();
        if ("RSA".equalsIgnoreCase(keyAlgorithm)) {
            return List.of(hash.get().pssRsae);
        }
        if ("RSASSA-PSS".equalsIgnoreCase(keyAlgorithm)) {
            return List.of(hash.get().pssPss);
        }
        return List.of();
    }

    /** The hash of RSASSA-PSS-params (RFC 4055 §3.1) when it has the shape TLS names. */
    private static Optional<Sha2> pssHash(byte[] parameters) {
        if (parameters == null) {
            return Optional.empty(); // RFC 4055 §3.1: absent parameters mean SHA-1.
        }
        PSSParameterSpec spec;
        try {
            AlgorithmParameters decoded = AlgorithmParameters.getInstance("RSASSA-PSS");
            decoded.init(parameters);
            spec = decoded.getParameterSpec(PSSParameterSpec.class);
        } catch (GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
        Optional<Sha2> hash = Sha2.named(spec.getDigestAlgorithm());
        boolean tlsShape = hash.isPresent()
                && "MGF1".equalsIgnoreCase(spec.getMGFAlgorithm())
                && spec.getMGFParameters() instanceof MGF1ParameterSpec mgf
                && hash.equals(Sha2.named(mgf.getDigestAlgorithm()))
                && spec.getSaltLength() == hash.get().length
                && spec.getTrailerField() == PSSParameterSpec.TRAILER_FIELD_BC;
        return tlsShape ? hash : Optional.empty();
    }

    /** A certificate of the chain whose subject is {@code certificate}'s issuer, its key. */
    private static Optional<PublicKey> issuerKey(X509Certificate certificate,
            List<X509Certificate> chain) {
        for (X509Certificate candidate : chain) {
            if (candidate != certificate && candidate.getSubjectX500Principal()
                    .equals(certificate.getIssuerX500Principal())) {
                return Optional.of(candidate.getPublicKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Self-issued (RFC 5280 §3.2: "the issuer and subject are the same entity"). Taken as the
     * self-signed trust anchor RFC 9846 §4.5.1.2 exempts without checking its signature: the
     * choice only orders chains the configuration already holds, and checking would cost a
     * signature verification per handshake outside the crypto provider.
     */
    private static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
