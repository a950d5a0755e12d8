package org.tlsref.engine.handshake.tls13.client;

/**
 * Where a client stands with the dummy change_cipher_spec of the middlebox compatibility mode
 * (RFC 8446 §D.4): "the client sends a dummy change_cipher_spec record immediately before its
 * second flight. This may either be before its second ClientHello or before its encrypted
 * handshake flight."
 */
public enum DummyChangeCipherSpec {
    /** The mode is off: none is ever sent. */
    NOT_USED,
    /** The mode is on and the second flight has not started: send one before it. */
    PENDING,
    /** Sent, before the second ClientHello. */
    SENT
}
