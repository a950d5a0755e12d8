package org.tlsref.api.extension;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * An extension this library does not interpret (unknown, GREASE per RFC 8701, or known but not
 * spoken), kept as opaque bytes so a message re-encodes byte for byte.
 */
public record UnknownExtension(ExtensionType type, Bytes body) implements Extension {
    @Override
    public void encode(TlsWriter w) {
        w.bytes(body);
    }

    /** Keeps the rest of {@code r} as the body. */
    public static UnknownExtension decode(ExtensionType type, TlsReader r) {
        return new UnknownExtension(type, r.rest());
    }
}
