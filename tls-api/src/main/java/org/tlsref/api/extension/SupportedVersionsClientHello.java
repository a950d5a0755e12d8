package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * supported_versions in the ClientHello, RFC 8446 §4.2.1: every version the client is prepared to
 * negotiate, most preferred first.
 * <pre>{@code
 * struct {
 *     select (Handshake.msg_type) {
 *         case client_hello:
 *              ProtocolVersion versions<2..254>;
 *         ...
 *     };
 * } SupportedVersions;
 * }</pre>
 */
public record SupportedVersionsClientHello(List<ProtocolVersion> versions) implements Extension {
    /** Copies the list. */
    public SupportedVersionsClientHello {
        versions = List.copyOf(versions);
    }

    /** The list of these versions, most preferred first. */
    public static SupportedVersionsClientHello of(ProtocolVersion... versions) {
        return new SupportedVersionsClientHello(List.of(versions));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_VERSIONS;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU16In8(w, 2, 254, versions, ProtocolVersion::code);
    }

    /** Reads {@code versions<2..254>}. */
    public static SupportedVersionsClientHello decode(TlsReader r) {
        return new SupportedVersionsClientHello(
                CodeVectors.decodeU16In8(r, 2, 254, ProtocolVersion::of, "versions"));
    }
}
