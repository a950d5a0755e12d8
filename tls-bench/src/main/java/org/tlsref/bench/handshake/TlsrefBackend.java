package org.tlsref.bench.handshake;

import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.CryptoProviders;

/**
 * The cryptography under tlsref in {@link TlsrefHandshakeBenchmark}: one tls-crypto backend for
 * everything, or the mix that takes each of the handshake's algorithms from the backend that is
 * faster at it in {@code steps.HandshakeStepBenchmark} (the README has the numbers).
 */
public enum TlsrefBackend {
    /** Everything from the JDK's providers. */
    JCA,
    /** Everything from Bouncy Castle's lightweight API, as BC TLS on BcTlsCrypto. */
    BOUNCY_CASTLE,
    /**
     * Per algorithm, the faster backend at the handshake's steps on JDK 17: Bouncy Castle for
     * X25519 and ecdsa_secp256r1_sha256 (three to ten times SunEC per step), the JDK for
     * SHA-256 (transcript, HMAC, HKDF) and AES-128-GCM (intrinsics).
     */
    FASTEST;

    /** A new provider for this choice. */
    public CryptoProvider provider() {
        return switch (this) {
            case JCA -> CryptoProviders.only(Backend.JCA);
            case BOUNCY_CASTLE -> CryptoProviders.only(Backend.BOUNCY_CASTLE);
            case FASTEST -> CryptoProviders.builder()
                    .keyExchange(NamedGroup.X25519, Backend.BOUNCY_CASTLE)
                    .signatures(SignatureScheme.ECDSA_SECP256R1_SHA256, Backend.BOUNCY_CASTLE)
                    .hash(HashAlgorithm.SHA256, Backend.JCA)
                    .aead(AeadAlgorithm.AES_128_GCM, Backend.JCA)
                    .build();
        };
    }
}
