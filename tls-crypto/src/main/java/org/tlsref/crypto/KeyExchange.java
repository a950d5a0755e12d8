package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;

/**
 * Key agreement for one named group: X25519, X448, the NIST curves, FFDHE, and the ML-KEM hybrids.
 *
 * <p>Deterministic in its {@link RandomSource}: for X25519 and X448 the private key is exactly the
 * next 32 or 56 random bytes, so a trace's private key (RFC 8448) can be injected as randomness.
 */
public interface KeyExchange {
    /** The group. */
    NamedGroup group();

    /** The initiator: a fresh key pair drawn from {@code random}. */
    KeyShare generate(RandomSource random);

    /**
     * The responder: answers the initiator's key_exchange bytes with its own and the shared secret.
     *
     * @throws org.tlsref.api.TlsAlert with {@link CryptoFailure#INVALID_KEY_SHARE} for an invalid
     *     initiator value
     */
    KeyShareResponse respond(Bytes initiatorValue, RandomSource random);
}
