package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;

/** The TLS 1.2 PRF of RFC 5246 §5: PRF(secret, label, seed) = P_hash(secret, label + seed). */
public interface Prf {
    /** The hash of P_hash (SHA-256, or SHA-384 for the _SHA384 suites). */
    HashAlgorithm algorithm();

    /** {@code length} bytes of PRF(secret, label, seed); {@code label} is ASCII. */
    Secret derive(Secret secret, String label, Bytes seed, int length);
}
