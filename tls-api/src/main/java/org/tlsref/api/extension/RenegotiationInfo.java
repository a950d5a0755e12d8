package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * renegotiation_info, RFC 5746 §3.2, the same body in the ClientHello and the TLS 1.2 ServerHello.
 * <pre>{@code
 * struct {
 *     opaque renegotiated_connection<0..255>;
 * } RenegotiationInfo;
 * }</pre>
 * "If this is the initial handshake for a connection, then the "renegotiated_connection" field is
 * of zero length in both the ClientHello and the ServerHello.  Thus, the entire encoding of the
 * extension is ff 01 00 01 00."
 */
public record RenegotiationInfo(Bytes renegotiatedConnection) implements Extension {
    /** Rejects null. */
    public RenegotiationInfo {
        Objects.requireNonNull(renegotiatedConnection, "renegotiatedConnection");
    }

    /** The initial-handshake form, with an empty renegotiated_connection. */
    public static RenegotiationInfo initial() {
        return new RenegotiationInfo(Bytes.EMPTY);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.RENEGOTIATION_INFO;
    }

    @Override
    public void encode(TlsWriter w) {
        w.opaque8(0, 0xFF, renegotiatedConnection);
    }

    /** Reads a RenegotiationInfo. */
    public static RenegotiationInfo decode(TlsReader r) {
        return new RenegotiationInfo(r.opaque8(0, 0xFF));
    }
}
