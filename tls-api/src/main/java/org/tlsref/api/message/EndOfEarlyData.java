package org.tlsref.api.message;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * EndOfEarlyData, TLS 1.3 only (RFC 8446 §4.5): the client's last 0-RTT message.
 * <pre>{@code
 * struct {} EndOfEarlyData;
 * }</pre>
 */
public record EndOfEarlyData() implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.END_OF_EARLY_DATA;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        // The body is empty.
    }

    /** Decodes the body, which must be empty. */
    public static EndOfEarlyData decode(TlsReader body) {
        body.expectEnd();
        return new EndOfEarlyData();
    }
}
