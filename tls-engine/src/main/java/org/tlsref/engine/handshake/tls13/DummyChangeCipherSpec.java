package org.tlsref.engine.handshake.tls13;

/**
 * Where an endpoint stands with the dummy change_cipher_spec of the middlebox compatibility mode
 * (RFC 8446 §D.4). The client "sends a dummy change_cipher_spec record immediately before its
 * second flight. This may either be before its second ClientHello or before its encrypted
 * handshake flight." The server "sends a dummy change_cipher_spec record immediately after its
 * first handshake message. This may either be after a ServerHello or a HelloRetryRequest."
 */
public enum DummyChangeCipherSpec {
    /** The mode is off: none is ever sent. */
    NOT_USED,
    /** The mode is on and the record is still to be sent. */
    PENDING,
    /** Sent already (the client before its second ClientHello, the server after its HelloRetryRequest). */
    SENT
}
