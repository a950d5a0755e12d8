package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * encrypt_then_mac, RFC 7366 §2, the same empty body in the ClientHello and the TLS 1.2
 * ServerHello: "the "extension_data" field of this extension SHALL be empty."
 */
public record EncryptThenMac() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.ENCRYPT_THEN_MAC;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static EncryptThenMac decode(TlsReader r) {
        return new EncryptThenMac();
    }
}
