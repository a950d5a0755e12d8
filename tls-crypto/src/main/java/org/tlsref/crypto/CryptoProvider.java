package org.tlsref.crypto;

import java.security.PrivateKey;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;

/**
 * Everything the engine asks of cryptography. Implementations: the JCA backend, the Bouncy Castle
 * lightweight backend, and a per-algorithm mix of the two. No backend type appears here;
 * provider exceptions never escape (peer input → TlsAlert, local configuration →
 * IllegalArgumentException).
 */
public interface CryptoProvider {
    /** A keyed AEAD; the key must be {@code algorithm.keyLength()} bytes. */
    Aead aead(AeadAlgorithm algorithm, Secret key);

    /** A fresh running hash. */
    TranscriptHash hash(HashAlgorithm algorithm);

    /** HMAC over {@code algorithm}. */
    Hmac hmac(HashAlgorithm algorithm);

    /** HKDF over {@code algorithm}. */
    Hkdf hkdf(HashAlgorithm algorithm);

    /** The TLS 1.2 PRF over {@code algorithm}. */
    Prf prf(HashAlgorithm algorithm);

    /** Key exchange for {@code group}; IllegalArgumentException if this provider lacks it. */
    KeyExchange keyExchange(NamedGroup group);

    /**
     * A signer for {@code key} under {@code scheme} and {@code policy}; IllegalArgumentException
     * if they don't fit.
     */
    Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy);

    /** A signer under the TLS 1.3 rules ({@link SignaturePolicy#TLS13}). */
    default Signer signer(SignatureScheme scheme, PrivateKey key) {
        return signer(scheme, key, SignaturePolicy.TLS13);
    }

    /** A verifier for {@code scheme} under {@code policy} (SHA-1 only with an explicit opt-in). */
    Verifier verifier(SignatureScheme scheme, SignaturePolicy policy);

    /** A verifier under the TLS 1.3 rules ({@link SignaturePolicy#TLS13}). */
    default Verifier verifier(SignatureScheme scheme) {
        return verifier(scheme, SignaturePolicy.TLS13);
    }

    /** TLS 1.2 RSA key transport. */
    RsaKeyTransport rsaKeyTransport();
}
