package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * early_data in a NewSessionTicket, RFC 8446 §4.2.10 and §4.6.1: the ticket may be used for
 * 0-RTT, up to max_early_data_size bytes of early data.
 * <pre>{@code
 * struct {
 *     select (Handshake.msg_type) {
 *         case new_session_ticket:   uint32 max_early_data_size;
 *         ...
 *     };
 * } EarlyDataIndication;
 * }</pre>
 */
public record EarlyDataNewSessionTicket(long maxEarlyDataSize) implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.EARLY_DATA;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u32(maxEarlyDataSize);
    }

    /** Reads the uint32 max_early_data_size. */
    public static EarlyDataNewSessionTicket decode(TlsReader r) {
        return new EarlyDataNewSessionTicket(r.u32());
    }
}
