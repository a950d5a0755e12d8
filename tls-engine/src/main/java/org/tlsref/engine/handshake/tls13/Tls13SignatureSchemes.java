package org.tlsref.engine.handshake.tls13;

import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.Negotiation;
import org.tlsref.engine.handshake.HandshakeViolation;

/**
 * Which signature schemes a TLS 1.3 CertificateVerify may use (RFC 8446 §4.4.3), for checking the
 * peer's and choosing one's own.
 */
public final class Tls13SignatureSchemes {
    /**
     * RFC 8446 §4.4.3: "RSA signatures MUST use an RSASSA-PSS algorithm, regardless of whether
     * RSASSA-PKCS1-v1_5 algorithms appear in "signature_algorithms". The SHA-1 algorithm MUST NOT
     * be used in any signatures of CertificateVerify messages." What remains: RSASSA-PSS, ECDSA
     * with the curve bound to the scheme (RFC 8446 §4.2.3), EdDSA, and the brainpool TLS 1.3
     * schemes of RFC 8734.
     */
    private static final List<SignatureScheme> CERTIFICATE_VERIFY_SCHEMES = List.of(
            SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SECP384R1_SHA384,
            SignatureScheme.ECDSA_SECP521R1_SHA512, SignatureScheme.ED25519, SignatureScheme.ED448,
            SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA384,
            SignatureScheme.RSA_PSS_RSAE_SHA512, SignatureScheme.RSA_PSS_PSS_SHA256,
            SignatureScheme.RSA_PSS_PSS_SHA384, SignatureScheme.RSA_PSS_PSS_SHA512,
            SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256,
            SignatureScheme.ECDSA_BRAINPOOLP384R1TLS13_SHA384,
            SignatureScheme.ECDSA_BRAINPOOLP512R1TLS13_SHA512);

    private Tls13SignatureSchemes() {
    }

    /** True when {@code scheme} may sign a TLS 1.3 CertificateVerify at all. */
    public static boolean allowedInCertificateVerify(SignatureScheme scheme) {
        return CERTIFICATE_VERIFY_SCHEMES.contains(scheme);
    }

    /**
     * Checks the scheme of a received CertificateVerify. RFC 8446 §4.4.3: "the algorithm field
     * [...] MUST be one offered in the "signature_algorithms" extension"; this endpoint also
     * accepts only its configured schemes, and only those TLS 1.3 allows.
     *
     * @throws TlsAlert {@link HandshakeViolation#ILLEGAL_SIGNATURE_SCHEME} otherwise
     */
    public static void checkReceived(SignatureScheme scheme, Negotiation ours) {
        if (!ours.signatureAlgorithmsOffered().contains(scheme)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_SIGNATURE_SCHEME,
                    "CertificateVerify with " + scheme + ", which was not offered");
        }
        if (!ours.signatureSchemes().contains(scheme) || !allowedInCertificateVerify(scheme)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_SIGNATURE_SCHEME,
                    "CertificateVerify with " + scheme + ", which TLS 1.3 or this endpoint does"
                            + " not accept for CertificateVerify");
        }
    }

    /**
     * The scheme to sign with: the first of {@code order} that the key can use, the peer offered
     * and this endpoint accepts (RFC 8446 §4.2.3, §4.4.2.2: the server "MUST" use one of the
     * client's signature_algorithms).
     *
     * @param keySchemes the schemes the signing key supports
     * @param peerOffered the peer's signature_algorithms
     * @param order the order of preference to pick in
     * @param ours this endpoint's configuration
     */
    public static Optional<SignatureScheme> choose(List<SignatureScheme> keySchemes,
            List<SignatureScheme> peerOffered, List<SignatureScheme> order, Negotiation ours) {
        for (SignatureScheme scheme : order) {
            if (keySchemes.contains(scheme) && peerOffered.contains(scheme)
                    && ours.signatureSchemes().contains(scheme)
                    && allowedInCertificateVerify(scheme)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }
}
