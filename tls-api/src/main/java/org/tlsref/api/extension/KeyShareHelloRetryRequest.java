package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;

/**
 * key_share in the HelloRetryRequest, RFC 8446 §4.2.8: the group the server wants a share for in
 * the retried ClientHello.
 * <pre>{@code
 * struct {
 *     NamedGroup selected_group;
 * } KeyShareHelloRetryRequest;
 * }</pre>
 */
public record KeyShareHelloRetryRequest(NamedGroup selectedGroup) implements Extension {
    /** Rejects null. */
    public KeyShareHelloRetryRequest {
        Objects.requireNonNull(selectedGroup, "selectedGroup");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u16(selectedGroup.code());
    }

    /** Reads selected_group. */
    public static KeyShareHelloRetryRequest decode(TlsReader r) {
        return new KeyShareHelloRetryRequest(NamedGroup.of(r.u16()));
    }
}
