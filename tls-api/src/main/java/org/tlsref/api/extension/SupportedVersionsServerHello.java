package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * supported_versions in the ServerHello and the HelloRetryRequest, RFC 8446 §4.2.1: the version
 * the server selected.
 * <pre>
 * struct {
 *     select (Handshake.msg_type) {
 *         case server_hello: /&#42; and HelloRetryRequest &#42;/
 *              ProtocolVersion selected_version;
 *         ...
 *     };
 * } SupportedVersions;
 * </pre>
 */
public record SupportedVersionsServerHello(ProtocolVersion selectedVersion) implements Extension {
    /** Rejects null. */
    public SupportedVersionsServerHello {
        Objects.requireNonNull(selectedVersion, "selectedVersion");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_VERSIONS;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u16(selectedVersion.code());
    }

    /** Reads selected_version. */
    public static SupportedVersionsServerHello decode(TlsReader r) {
        return new SupportedVersionsServerHello(ProtocolVersion.of(r.u16()));
    }
}
