package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * status_request in a TLS 1.2 ServerHello, RFC 6066 §8: "the server MUST have included an
 * extension of type "status_request" with empty "extension_data" in the extended server hello"
 * before it sends a CertificateStatus message.
 */
public record StatusRequestServerHello() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static StatusRequestServerHello decode(TlsReader r) {
        return new StatusRequestServerHello();
    }
}
