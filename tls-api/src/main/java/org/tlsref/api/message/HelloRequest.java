package org.tlsref.api.message;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * HelloRequest, TLS 1.2 only (RFC 5246 §7.4.1.1): a server's invitation to renegotiate, which
 * this library declines (DESIGN.md, "Defaults").
 * <pre>{@code
 * struct { } HelloRequest;
 * }</pre>
 */
public record HelloRequest() implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.HELLO_REQUEST;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        // The body is empty.
    }

    /** Decodes the body, which must be empty. */
    public static HelloRequest decode(TlsReader body) {
        body.expectEnd();
        return new HelloRequest();
    }
}
