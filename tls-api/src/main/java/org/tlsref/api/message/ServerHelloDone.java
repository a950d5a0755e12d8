package org.tlsref.api.message;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * ServerHelloDone, TLS 1.2 only (RFC 5246 §7.4.5): the end of the server's first flight.
 * <pre>{@code
 * struct { } ServerHelloDone;
 * }</pre>
 */
public record ServerHelloDone() implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.SERVER_HELLO_DONE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        // The body is empty.
    }

    /** Decodes the body, which must be empty. */
    public static ServerHelloDone decode(TlsReader body) {
        body.expectEnd();
        return new ServerHelloDone();
    }
}
