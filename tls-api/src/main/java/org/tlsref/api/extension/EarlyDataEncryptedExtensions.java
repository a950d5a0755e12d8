package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * early_data in EncryptedExtensions, RFC 8446 §4.2.10: the server accepts the 0-RTT data ("Return
 * its own "early_data" extension in EncryptedExtensions, indicating that it intends to process the
 * early data").
 * <pre>{@code
 * struct {
 *     select (Handshake.msg_type) {
 *         case encrypted_extensions: Empty;
 *         ...
 *     };
 * } EarlyDataIndication;
 * }</pre>
 */
public record EarlyDataEncryptedExtensions() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.EARLY_DATA;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static EarlyDataEncryptedExtensions decode(TlsReader r) {
        return new EarlyDataEncryptedExtensions();
    }
}
