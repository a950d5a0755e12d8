package org.tlsref.engine.handshake.tls13.client;

import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.handshake.HandshakeViolation;

/**
 * The checks a client runs on a TLS 1.3 ServerHello and on a HelloRetryRequest alike. RFC 8446
 * §4.1.4: "Upon receipt of a HelloRetryRequest, the client MUST check the legacy_version,
 * legacy_session_id_echo, cipher_suite, and legacy_compression_method as specified in Section
 * 4.1.3 and then process the extensions, starting with determining the version using
 * "supported_versions"." (legacy_version itself is ignored: "If the "supported_versions"
 * extension is present, clients MUST ignore the ServerHello.legacy_version value".)
 */
final class ServerHelloChecks {
    private ServerHelloChecks() {
    }

    /** The fields of RFC 8446 §4.1.3, then the extensions against the table and the offer. */
    static void check(OfferedHello offered, Bytes sessionIdEcho, CipherSuite suite,
            CompressionMethod compression, ExtensionContext context, Extensions extensions) {
        if (!sessionIdEcho.equals(offered.hello().legacySessionId())) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_SESSION_ID_ECHO,
                    "legacy_session_id_echo " + sessionIdEcho + " is not the session id sent");
        }
        if (!offered.hello().cipherSuites().contains(suite)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_CIPHER_SUITE,
                    suite + " was not offered");
        }
        if (!compression.equals(CompressionMethod.NULL)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_COMPRESSION_METHOD,
                    "legacy_compression_method " + compression + " (RFC 8446 §4.1.3: \"MUST have"
                            + " the value 0\")");
        }
        ExtensionTable.validate(context, extensions);
        ExtensionTable.validateResponse(offered.hello().extensions(), context, extensions);
        selectedVersion(offered, extensions);
    }

    /**
     * The version in supported_versions. RFC 8446 §4.2.1: "If the "supported_versions" extension
     * in the ServerHello contains a version not offered by the client or contains a version
     * prior to TLS 1.3, the client MUST abort the handshake with an "illegal_parameter" alert."
     */
    private static void selectedVersion(OfferedHello offered, Extensions extensions) {
        Optional<SupportedVersionsServerHello> selected =
                extensions.find(SupportedVersionsServerHello.class);
        if (selected.isEmpty()) {
            throw new TlsAlert(HandshakeViolation.MISSING_EXTENSION,
                    "a TLS 1.3 server's hello carries supported_versions (RFC 8446 §4.1.4)");
        }
        ProtocolVersion version = selected.get().selectedVersion();
        if (!version.equals(ProtocolVersion.TLS_1_3)
                || !offered.config().negotiation().versions().contains(version)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_SELECTED_VERSION,
                    "supported_versions selects " + version);
        }
    }
}
