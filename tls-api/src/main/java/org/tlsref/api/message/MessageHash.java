package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * The synthetic message_hash message (RFC 8446 §4.4.1) that replaces ClientHello1 in the
 * transcript after a HelloRetryRequest. It is built locally and hashed, never sent, so
 * {@link HandshakeDecoder} refuses it from the wire.
 * <pre>{@code
 * Transcript-Hash(ClientHello1, HelloRetryRequest, ... Mn) =
 *     Hash(message_hash ||        // Handshake type
 *          00 00 Hash.length  ||  // Handshake message length (bytes)
 *          Hash(ClientHello1) ||  // Hash of ClientHello1
 *          HelloRetryRequest  || ... || Mn)
 * }</pre>
 */
public record MessageHash(Bytes clientHello1Hash) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.MESSAGE_HASH;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.bytes(clientHello1Hash);
    }

    /** Takes the whole body as Hash(ClientHello1), for a transcript rebuilt from bytes. */
    public static MessageHash decode(TlsReader body) {
        return new MessageHash(body.rest());
    }
}
