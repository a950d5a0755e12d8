package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;

/**
 * The initiator's half of a key exchange (the TLS 1.3 client, or either TLS 1.2 ECDHE side):
 * an ephemeral private key and the public value to send (RFC 8446 §4.2.8).
 */
public interface KeyShare {
    /** The group. */
    NamedGroup group();

    /** The key_exchange bytes to send, in the group's wire encoding (RFC 8446 §4.2.8.1, §4.2.8.2). */
    Bytes publicValue();

    /**
     * Combines with the peer's key_exchange bytes into the shared secret.
     *
     * @throws org.tlsref.api.TlsAlert with {@link CryptoFailure#INVALID_KEY_SHARE} for an invalid
     *     peer value
     */
    Secret agree(Bytes peerValue);
}
