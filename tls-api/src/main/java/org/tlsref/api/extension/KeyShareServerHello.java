package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * key_share in the ServerHello, RFC 8446 §4.2.8: the server's one share, "in the same group as one
 * of the client's shares".
 * <pre>{@code
 * struct {
 *     KeyShareEntry server_share;
 * } KeyShareServerHello;
 * }</pre>
 */
public record KeyShareServerHello(KeyShareEntry serverShare) implements Extension {
    /** Rejects null. */
    public KeyShareServerHello {
        Objects.requireNonNull(serverShare, "serverShare");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }

    @Override
    public void encode(TlsWriter w) {
        serverShare.encode(w);
    }

    /** Reads a KeyShareServerHello. */
    public static KeyShareServerHello decode(TlsReader r) {
        return new KeyShareServerHello(KeyShareEntry.decode(r));
    }
}
