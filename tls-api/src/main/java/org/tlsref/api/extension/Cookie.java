package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * cookie, RFC 8446 §4.2.2, the same body in the HelloRetryRequest and the ClientHello that answers
 * it: "the client MUST copy the contents of the extension received in the HelloRetryRequest into a
 * "cookie" extension in the new ClientHello."
 * <pre>{@code
 * struct {
 *     opaque cookie<1..2^16-1>;
 * } Cookie;
 * }</pre>
 */
public record Cookie(Bytes cookie) implements Extension {
    /** Rejects null. */
    public Cookie {
        Objects.requireNonNull(cookie, "cookie");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.COOKIE;
    }

    @Override
    public void encode(TlsWriter w) {
        w.opaque16(1, 0xFFFF, cookie);
    }

    /** Reads a Cookie. */
    public static Cookie decode(TlsReader r) {
        return new Cookie(r.opaque16(1, 0xFFFF));
    }
}
