package org.tlsref.crypto.jca;

import java.security.PrivateKey;
import java.util.Optional;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.asymmetric.FfdheGroup;
import org.tlsref.crypto.asymmetric.HybridKeyExchange;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.asymmetric.XdhCurve;

/**
 * The asymmetric half of the Jca backend: key exchange, signatures, RSA key transport, on the
 * JDK's own providers (SunEC, SunJCE, SunRsaSign).
 *
 * <p>What JDK 17 lacks, and how it is bridged: ML-KEM (JDK 24) — the hybrids use bcprov's
 * ML-KEM-768 through {@link org.tlsref.crypto.asymmetric.MlKem768}, combined with the JDK's X25519
 * or secp256r1; key pairs from given private bytes — keys are built from specs and public values
 * computed by key agreement with the generator (see {@link JcaEcPublicPoint}); deterministic
 * ECDSA (RFC 6979) — only the Bouncy Castle backend offers it.
 */
public final class JcaAsymmetric {
    private JcaAsymmetric() {
    }

    /**
     * Key exchange for {@code group}: x25519, x448, secp256r1/384r1/521r1, ffdhe2048/3072,
     * X25519MLKEM768, SecP256r1MLKEM768.
     *
     * @throws IllegalArgumentException for any other group
     */
    public static KeyExchange keyExchange(NamedGroup group) {
        if (group.equals(NamedGroup.X25519_MLKEM768)) {
            return HybridKeyExchange.x25519MlKem768(new JcaXdhKeyExchange(XdhCurve.X25519));
        }
        if (group.equals(NamedGroup.SECP256R1_MLKEM768)) {
            return HybridKeyExchange.secp256r1MlKem768(new JcaEcdhKeyExchange(NistCurve.SECP256R1));
        }
        Optional<KeyExchange> exchange = XdhCurve.of(group).<KeyExchange>map(JcaXdhKeyExchange::new)
                .or(() -> NistCurve.of(group).map(JcaEcdhKeyExchange::new))
                .or(() -> FfdheGroup.of(group).map(JcaFfdheKeyExchange::new));
        return exchange.orElseThrow(
                () -> new IllegalArgumentException("no key exchange for group " + group));
    }

    /**
     * A signer for {@code key} under {@code scheme}, with the TLS 1.3 rules
     * ({@link SignaturePolicy#TLS13}).
     *
     * @throws IllegalArgumentException if the scheme is unsupported or the key does not fit it
     */
    public static Signer signer(SignatureScheme scheme, PrivateKey key) {
        return signer(scheme, key, SignaturePolicy.TLS13);
    }

    /**
     * A signer for {@code key} under {@code scheme} and {@code policy} (TLS 1.2 lets an ECDSA key
     * of any supported curve carry any ECDSA hash). SHA-1 schemes are refused under every policy.
     *
     * @throws IllegalArgumentException if the scheme is unsupported or the key does not fit it
     */
    public static Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return JcaSigner.create(scheme, key, policy);
    }

    /**
     * A verifier for {@code scheme} with the TLS 1.3 rules ({@link SignaturePolicy#TLS13}).
     *
     * @throws IllegalArgumentException if the scheme is unsupported (SHA-1 schemes included)
     */
    public static Verifier verifier(SignatureScheme scheme) {
        return verifier(scheme, SignaturePolicy.TLS13);
    }

    /**
     * A verifier for {@code scheme} under {@code policy}; rsa_pkcs1_sha1 and ecdsa_sha1 need
     * {@link SignaturePolicy#TLS12_ACCEPT_SHA1}.
     *
     * @throws IllegalArgumentException if the scheme is unsupported under the policy
     */
    public static Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return new JcaVerifier(scheme, policy);
    }

    /** TLS 1.2 RSA key transport with implicit rejection (RFC 5246 §7.4.7.1). */
    public static RsaKeyTransport rsaKeyTransport() {
        return new JcaRsaKeyTransport();
    }
}
