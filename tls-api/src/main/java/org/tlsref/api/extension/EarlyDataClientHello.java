package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * early_data in the ClientHello, RFC 8446 §4.2.10: the client sends 0-RTT data with its first
 * flight.
 * <pre>{@code
 * struct {} Empty;
 *
 * struct {
 *     select (Handshake.msg_type) {
 *         case new_session_ticket:   uint32 max_early_data_size;
 *         case client_hello:         Empty;
 *         case encrypted_extensions: Empty;
 *     };
 * } EarlyDataIndication;
 * }</pre>
 */
public record EarlyDataClientHello() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.EARLY_DATA;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static EarlyDataClientHello decode(TlsReader r) {
        return new EarlyDataClientHello();
    }
}
