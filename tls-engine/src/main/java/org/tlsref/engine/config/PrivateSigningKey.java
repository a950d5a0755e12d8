package org.tlsref.engine.config;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.asymmetric.SignatureKeys;

/** A {@link SigningKey} over a {@link PrivateKey} in memory. */
final class PrivateSigningKey implements SigningKey {
    /**
     * The TLS 1.3 CertificateVerify schemes, in the order a key prefers them: for each key type
     * only some fit, and among RSA ones the shorter hash first, as servers commonly choose.
     */
    private static final List<SignatureScheme> TLS13_SCHEMES = List.of(
            SignatureScheme.ED25519, SignatureScheme.ED448,
            SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SECP384R1_SHA384,
            SignatureScheme.ECDSA_SECP521R1_SHA512,
            SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA384,
            SignatureScheme.RSA_PSS_RSAE_SHA512,
            SignatureScheme.RSA_PSS_PSS_SHA256, SignatureScheme.RSA_PSS_PSS_SHA384,
            SignatureScheme.RSA_PSS_PSS_SHA512);

    private final PrivateKey key;
    private final List<SignatureScheme> schemes;

    PrivateSigningKey(PrivateKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.schemes = fittingSchemes(key);
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("a " + key.getAlgorithm()
                    + " private key fits no TLS 1.3 signature scheme");
        }
    }

    @Override
    public List<SignatureScheme> schemes() {
        return schemes;
    }

    @Override
    public Bytes sign(SignatureScheme scheme, Bytes content, CryptoProvider provider,
            RandomSource random) {
        return provider.signer(scheme, key).sign(content, random);
    }

    /** The schemes whose key checks accept {@code key} under the TLS 1.3 rules. */
    private static List<SignatureScheme> fittingSchemes(PrivateKey key) {
        List<SignatureScheme> fitting = new ArrayList<>();
        for (SignatureScheme scheme : TLS13_SCHEMES) {
            try {
                SignatureKeys.checkSigningKey(SignatureKeys.forSigning(scheme), key,
                        SignaturePolicy.TLS13);
                fitting.add(scheme);
            } catch (IllegalArgumentException misfit) {
                // The key is of another type or curve: this scheme is not one of its.
            }
        }
        return List.copyOf(fitting);
    }

    @Override
    public String toString() {
        return "PrivateSigningKey[" + key.getAlgorithm() + ", " + schemes + "]";
    }
}
