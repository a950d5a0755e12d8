package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * extended_master_secret, RFC 7627 §5.1, the same empty body in the ClientHello and the TLS 1.2
 * ServerHello: "The "extension_data" field of this extension is empty.  Thus, the entire encoding
 * of the extension is 00 17 00 00 (in hexadecimal.)"
 */
public record ExtendedMasterSecret() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.EXTENDED_MASTER_SECRET;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static ExtendedMasterSecret decode(TlsReader r) {
        return new ExtendedMasterSecret();
    }
}
