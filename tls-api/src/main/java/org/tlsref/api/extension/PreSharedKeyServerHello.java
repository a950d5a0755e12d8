package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * pre_shared_key in the ServerHello, RFC 8446 §4.2.11: "The server's chosen identity expressed as
 * a (0-based) index into the identities in the client's "OfferedPsks.identities" list." Whether
 * the index is in range is the client's check (illegal_parameter), not the codec's.
 * <pre>{@code
 * struct {
 *     select (Handshake.msg_type) {
 *         case server_hello: uint16 selected_identity;
 *         ...
 *     };
 * } PreSharedKeyExtension;
 * }</pre>
 */
public record PreSharedKeyServerHello(int selectedIdentity) implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.PRE_SHARED_KEY;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u16(selectedIdentity);
    }

    /** Reads selected_identity. */
    public static PreSharedKeyServerHello decode(TlsReader r) {
        return new PreSharedKeyServerHello(r.u16());
    }
}
