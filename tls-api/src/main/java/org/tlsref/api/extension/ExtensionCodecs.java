package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.ExtensionType;

/** Picks the decoder for an extension body by its type and the message it came in. */
final class ExtensionCodecs {
    private ExtensionCodecs() {
    }

    /** Decodes one extension_data; the caller checks that it was read to its end. */
    static Extension decode(ExtensionType type, ExtensionContext context, TlsReader body) {
        return UnknownExtension.decode(type, body);
    }
}
