package org.tlsref.engine.handshake.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.SupportedVersionsClientHello;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.server.AcceptClientHello;

/**
 * Server: waiting for the first ClientHello, which picks the version (the overview's "agree on
 * the version of the protocol to use"; RFC 8446 §4.2.1).
 *
 * @param config the server's configuration
 */
public record ExpectClientHello(TlsConfig config) implements HandshakeState {
    /** Rejects null. */
    public ExpectClientHello {
        Objects.requireNonNull(config, "config");
    }

    @Override
    public Step handle(Input input) {
        Received<ClientHello> clientHello = Require.handshake(input, ClientHello.class);
        ProtocolVersion version = negotiate(clientHello.message());
        if (version.equals(ProtocolVersion.TLS_1_3)) {
            return AcceptClientHello.accept(config, clientHello);
        }
        throw new TlsAlert(HandshakeViolation.NO_COMMON_VERSION,
                version + " would be negotiated, but its handshake is not implemented yet");
    }

    /**
     * RFC 8446 §4.2.1: with supported_versions, "the server MUST NOT use the
     * ClientHello.legacy_version value for version negotiation and MUST use only the
     * "supported_versions" extension"; without it the client speaks TLS 1.2 or older, and "If the
     * "supported_versions" extension is absent and the server only supports versions greater
     * than ClientHello.legacy_version, the server MUST abort the handshake with a
     * "protocol_version" alert." The server picks its most preferred version the client offers.
     */
    private ProtocolVersion negotiate(ClientHello hello) {
        List<ProtocolVersion> ours = config.negotiation().versions();
        Optional<SupportedVersionsClientHello> offered =
                hello.extensions().find(SupportedVersionsClientHello.class);
        List<ProtocolVersion> theirs = offered.map(SupportedVersionsClientHello::versions)
                .orElse(List.of(hello.legacyVersion()));
        for (ProtocolVersion version : ours) {
            boolean legacyOffer = offered.isEmpty() && version.equals(ProtocolVersion.TLS_1_2)
                    && hello.legacyVersion().code() >= ProtocolVersion.TLS_1_2.code();
            if (offered.isPresent() ? theirs.contains(version) : legacyOffer) {
                return version;
            }
        }
        throw new TlsAlert(HandshakeViolation.NO_COMMON_VERSION,
                "the client offers " + theirs + ", this server supports " + ours);
    }

    @Override
    public String description() {
        return "server: waiting for ClientHello";
    }
}
