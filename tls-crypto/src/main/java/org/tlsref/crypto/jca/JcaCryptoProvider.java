package org.tlsref.crypto.jca;

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
 * The JCA backend: the JDK's own providers (SunJCE, SunEC, SunRsaSign), which the JVM backs with
 * intrinsics for AES-GCM and SHA-2 on common CPUs.
 *
 * <p>Symmetric algorithms: AES-128/256-GCM and ChaCha20-Poly1305 ({@code javax.crypto.Cipher}),
 * SHA-256/384/512, HMAC, HKDF (RFC 5869, built on the JDK's HMAC since JDK 17 has none) and the
 * TLS 1.2 PRF (RFC 5246 §5, likewise). AES-128-CCM and AES-128-CCM_8 are refused with an
 * {@link IllegalArgumentException}: SunJCE in JDK 17 has no CCM mode, and serving it from Bouncy
 * Castle under this backend's name would hide that; the per-algorithm mix takes CCM from the
 * Bouncy Castle backend instead. The asymmetric half is {@link JcaAsymmetric}.
 *
 * <p>Immutable and thread-safe; the objects it hands out are thread-safe except {@link Aead} and
 * {@link TranscriptHash}, which have one owner.
 */
public final class JcaCryptoProvider implements CryptoProvider {
    private final Map<HashAlgorithm, Hmac> hmacs = new EnumMap<>(HashAlgorithm.class);
    private final Map<HashAlgorithm, Hkdf> hkdfs = new EnumMap<>(HashAlgorithm.class);
    private final Map<HashAlgorithm, Prf> prfs = new EnumMap<>(HashAlgorithm.class);

    /**
     * The JCA backend.
     *
     * @throws IllegalArgumentException if this JDK lacks SHA-256/384/512 or their HMACs
     */
    public JcaCryptoProvider() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            hmacs.put(algorithm, new JcaHmac(algorithm));
            hkdfs.put(algorithm, new JcaHkdf(algorithm));
            prfs.put(algorithm, new JcaPrf(algorithm));
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for AES-CCM (not in the JDK 17 providers) or a key of the
     *     wrong length
     */
    @Override
    public Aead aead(AeadAlgorithm algorithm, Secret key) {
        return JcaAead.create(algorithm, key);
    }

    @Override
    public TranscriptHash hash(HashAlgorithm algorithm) {
        return JcaTranscriptHash.create(algorithm);
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
        return JcaAsymmetric.keyExchange(group);
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return JcaAsymmetric.signer(scheme, key, policy);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return JcaAsymmetric.verifier(scheme, policy);
    }

    @Override
    public RsaKeyTransport rsaKeyTransport() {
        return JcaAsymmetric.rsaKeyTransport();
    }

    @Override
    public String toString() {
        return "JcaCryptoProvider";
    }
}
