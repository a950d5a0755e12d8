package org.tlsref.api.message;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.registry.HandshakeType;

/**
 * EncryptedExtensions, TLS 1.3 only (RFC 8446 §4.3.1).
 * <pre>{@code
 * struct {
 *     Extension extensions<0..2^16-1>;
 * } EncryptedExtensions;
 * }</pre>
 */
public record EncryptedExtensions(Extensions extensions) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.ENCRYPTED_EXTENSIONS;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        extensions.encode(w);
    }

    /** Decodes a whole body, extensions in the EE column of RFC 8446 §4.2. */
    public static EncryptedExtensions decode(TlsReader body) {
        Extensions extensions = Extensions.decode(body, ExtensionContext.ENCRYPTED_EXTENSIONS);
        body.expectEnd();
        return new EncryptedExtensions(extensions);
    }
}
