package org.tlsref.crypto.bc;

import java.security.PrivateKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Hmac;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.Prf;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.TranscriptHash;
import org.tlsref.crypto.Verifier;

/**
 * The Bouncy Castle lightweight backend: bcprov's own engines, called directly (no JCA provider
 * registration, no {@code Cipher} lookup).
 *
 * <p>Symmetric algorithms: AES-128/256-GCM, ChaCha20-Poly1305, AES-128-CCM and AES-128-CCM_8
 * ({@code GCMBlockCipher}, {@code ChaCha20Poly1305}, {@code CCMBlockCipher}), SHA-256/384/512,
 * HMAC, HKDF ({@code HKDFBytesGenerator}) and the TLS 1.2 PRF (RFC 5246 §5, built on
 * {@code HMac}). The asymmetric half is {@link BcAsymmetric}.
 *
 * <p>Thread-safe. Its one mutable part is a bounded cache of the lightweight forms of the keys it
 * has signed or verified with ({@link BcKeyCache}: public keys by encoding, private keys weakly by
 * identity), shared by its signers and verifiers. The objects it hands out are thread-safe except
 * {@link Aead} and {@link TranscriptHash}, which have one owner.
 */
public final class BcCryptoProvider implements CryptoProvider {
    private final Map<HashAlgorithm, Hmac> hmacs = new EnumMap<>(HashAlgorithm.class);
    private final Map<HashAlgorithm, Hkdf> hkdfs = new EnumMap<>(HashAlgorithm.class);
    private final Map<HashAlgorithm, Prf> prfs = new EnumMap<>(HashAlgorithm.class);
    private final BcKeyCache keys = new BcKeyCache(BcKeyCache.DEFAULT_CAPACITY);

    /** The Bouncy Castle lightweight backend. */
    public BcCryptoProvider() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            hmacs.put(algorithm, new BcHmac(algorithm));
            hkdfs.put(algorithm, new BcHkdf(algorithm));
            prfs.put(algorithm, new BcPrf(algorithm));
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for a key of the wrong length
     */
    @Override
    public Aead aead(AeadAlgorithm algorithm, Secret key) {
        return BcAead.create(algorithm, key);
    }

    @Override
    public TranscriptHash hash(HashAlgorithm algorithm) {
        return BcTranscriptHash.create(algorithm);
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm) {
        return hmacs.get(Objects.requireNonNull(algorithm, "algorithm"));
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return hkdfs.get(Objects.requireNonNull(algorithm, "algorithm"));
    }

    @Override
    public Prf prf(HashAlgorithm algorithm) {
        return prfs.get(Objects.requireNonNull(algorithm, "algorithm"));
    }

    @Override
    public KeyExchange keyExchange(NamedGroup group) {
        return BcAsymmetric.keyExchange(group);
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return BcAsymmetric.signer(scheme, key, policy, keys);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return BcAsymmetric.verifier(scheme, policy, keys);
    }

    @Override
    public RsaKeyTransport rsaKeyTransport() {
        return BcAsymmetric.rsaKeyTransport();
    }

    @Override
    public String toString() {
        return "BcCryptoProvider";
    }
}
