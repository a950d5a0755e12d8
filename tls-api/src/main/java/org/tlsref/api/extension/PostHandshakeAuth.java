package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * post_handshake_auth, RFC 8446 §4.2.6, ClientHello only: the client is willing to perform
 * post-handshake authentication. "Servers MUST NOT send this extension."
 * <pre>{@code
 * struct {} PostHandshakeAuth;
 * }</pre>
 */
public record PostHandshakeAuth() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.POST_HANDSHAKE_AUTH;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static PostHandshakeAuth decode(TlsReader r) {
        return new PostHandshakeAuth();
    }
}
