package org.tlsref.engine.handshake;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.HandshakeMessage;

/**
 * A handshake message as it arrived: the decoded form and the exact bytes received, header
 * included. The transcript hashes the bytes, never a re-encoding (RFC 8446 §4.4.1: the hash is
 * over the "handshake messages [...] including the type and length fields").
 *
 * @param message the decoded message
 * @param encoding msg_type, length and body exactly as received
 * @param <T> the message's form
 */
public record Received<T extends HandshakeMessage>(T message, Bytes encoding) {
    /** Rejects nulls. */
    public Received {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(encoding, "encoding");
    }
}
