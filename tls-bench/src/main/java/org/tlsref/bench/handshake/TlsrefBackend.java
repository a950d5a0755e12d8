package org.tlsref.bench.handshake;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.CryptoProviders;

/**
 * The cryptography under tlsref in {@link TlsrefHandshakeBenchmark}: one tls-crypto backend for
 * everything, or the library's default mix, which takes each of the handshake's algorithms from
 * the backend that is faster at it in {@code steps.HandshakeStepBenchmark} (the READMEs have the
 * numbers).
 */
public enum TlsrefBackend {
    /** Everything from the JDK's providers. */
    JCA,
    /** Everything from Bouncy Castle's lightweight API, as BC TLS on BcTlsCrypto. */
    BOUNCY_CASTLE,
    /**
     * Exactly the library's default, {@link CryptoProviders#defaults()}: per algorithm the faster
     * backend at the handshake's steps on JDK 17 and JDK 25, Bouncy Castle for X25519 and
     * ecdsa_secp256r1_sha256 (1.5 to 11 times SunEC per step), the JDK for SHA-256 (transcript,
     * HMAC, HKDF) and AES-128-GCM (intrinsics).
     */
    FASTEST;

    /** A new provider for this choice. */
    public CryptoProvider provider() {
        return switch (this) {
            case JCA -> CryptoProviders.only(Backend.JCA);
            case BOUNCY_CASTLE -> CryptoProviders.only(Backend.BOUNCY_CASTLE);
            case FASTEST -> CryptoProviders.defaults();
        };
    }
}
