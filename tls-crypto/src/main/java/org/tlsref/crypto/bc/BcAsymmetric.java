package org.tlsref.crypto.bc;

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
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureKeys;
import org.tlsref.crypto.asymmetric.XdhCurve;

/**
 * The asymmetric half of the Bc backend: key exchange, signatures, RSA key transport, on Bouncy
 * Castle's lightweight API (bcprov), never its JCA provider. Also offers deterministic ECDSA
 * (RFC 6979), which the JDK lacks.
 */
public final class BcAsymmetric {
    /** Public keys a verifier made here remembers (a provider's verifiers share its cache). */
    private static final int VERIFIER_OWN_KEYS = 4;

    private BcAsymmetric() {
    }

    /**
     * Key exchange for {@code group}: x25519, x448, secp256r1/384r1/521r1, ffdhe2048/3072,
     * X25519MLKEM768, SecP256r1MLKEM768.
     *
     * @throws IllegalArgumentException for any other group
     */
    public static KeyExchange keyExchange(NamedGroup group) {
        if (group.equals(NamedGroup.X25519_MLKEM768)) {
            return HybridKeyExchange.x25519MlKem768(new BcXdhKeyExchange(XdhCurve.X25519));
        }
        if (group.equals(NamedGroup.SECP256R1_MLKEM768)) {
            return HybridKeyExchange.secp256r1MlKem768(new BcEcdhKeyExchange(NistCurve.SECP256R1));
        }
        Optional<KeyExchange> exchange = XdhCurve.of(group).<KeyExchange>map(BcXdhKeyExchange::new)
                .or(() -> NistCurve.of(group).map(BcEcdhKeyExchange::new))
                .or(() -> FfdheGroup.of(group).map(BcFfdheKeyExchange::new));
        return exchange.orElseThrow(
                () -> new IllegalArgumentException("no key exchange for group " + group));
    }

    /**
     * A signer for {@code key} under {@code scheme}, with the TLS 1.3 rules
     * ({@link SignaturePolicy#TLS13}); ECDSA nonces are random.
     *
     * @throws IllegalArgumentException if the scheme is unsupported or the key does not fit it
     */
    public static Signer signer(SignatureScheme scheme, PrivateKey key) {
        return signer(scheme, key, SignaturePolicy.TLS13);
    }

    /**
     * A signer for {@code key} under {@code scheme} and {@code policy}; SHA-1 schemes are refused
     * under every policy.
     *
     * @throws IllegalArgumentException if the scheme is unsupported or the key does not fit it
     */
    public static Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return BcSigner.create(scheme, key, policy, BcSignatureEngines.Nonce.RANDOM,
                BcKeys::privateKey);
    }

    /**
     * {@link #signer(SignatureScheme, PrivateKey, SignaturePolicy)} reading the key through
     * {@code keys}.
     */
    static Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy,
            BcKeyCache keys) {
        return BcSigner.create(scheme, key, policy, BcSignatureEngines.Nonce.RANDOM,
                keys::privateKey);
    }

    /**
     * An ECDSA signer whose nonce is RFC 6979's deterministic k (§3.2, HMAC over the scheme's
     * hash), which draws nothing from the {@link org.tlsref.crypto.RandomSource}: for tests and
     * for reproducing published signatures.
     *
     * @throws IllegalArgumentException for a non-ECDSA scheme or a key that does not fit
     */
    public static Signer deterministicEcdsaSigner(SignatureScheme scheme, PrivateKey key,
            SignaturePolicy policy) {
        if (!(SignatureKeys.forSigning(scheme) instanceof SignatureDefinition.Ecdsa)) {
            throw new IllegalArgumentException("deterministic nonces are for ECDSA, not " + scheme);
        }
        return BcSigner.create(scheme, key, policy, BcSignatureEngines.Nonce.RFC6979,
                BcKeys::privateKey);
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
        return new BcVerifier(scheme, policy, new BcKeyCache(VERIFIER_OWN_KEYS));
    }

    /** {@link #verifier(SignatureScheme, SignaturePolicy)} reading keys through {@code keys}. */
    static Verifier verifier(SignatureScheme scheme, SignaturePolicy policy, BcKeyCache keys) {
        return new BcVerifier(scheme, policy, keys);
    }

    /** TLS 1.2 RSA key transport with implicit rejection (RFC 5246 §7.4.7.1). */
    public static RsaKeyTransport rsaKeyTransport() {
        return new BcRsaKeyTransport();
    }
}
