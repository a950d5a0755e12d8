package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * server_name as the server sends it, RFC 6066 §3: "the server SHALL include an extension of type
 * "server_name" in the (extended) server hello.  The "extension_data" field of this extension
 * SHALL be empty." TLS 1.2 carries it in the ServerHello, TLS 1.3 in EncryptedExtensions
 * (RFC 8446 §4.2).
 */
public record ServerNameServerHello() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.SERVER_NAME;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body; anything left over is trailing bytes for the caller to reject. */
    public static ServerNameServerHello decode(TlsReader r) {
        return new ServerNameServerHello();
    }
}
