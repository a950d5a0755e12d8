package org.tlsref.engine.handshake.client;

import java.util.List;
import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.client.AcceptServerHello;
import org.tlsref.engine.handshake.tls13.client.HelloRetry;
import org.tlsref.engine.handshake.tls13.client.OfferedHello;

/**
 * Client: the first ClientHello is sent; waiting for the server's answer, which picks the
 * version (the overview's "agree on the version of the protocol to use"). A HelloRetryRequest or
 * a ServerHello with supported_versions is TLS 1.3; a ServerHello without it is TLS 1.2 or
 * older (RFC 8446 §4.1.3, §4.2.1).
 *
 * @param offered the ClientHello sent
 */
public record ExpectServerHello(OfferedHello offered) implements HandshakeState {
    /**
     * RFC 8446 §4.1.3, the downgrade sentinel a TLS 1.3 server puts in the last 8 bytes of its
     * random when it negotiates TLS 1.2: {@code 44 4F 57 4E 47 52 44 01}.
     */
    static final Bytes DOWNGRADE_TLS12 = Bytes.fromHex("444F574E47524401");
    /** RFC 8446 §4.1.3, the sentinel for TLS 1.1 or below: {@code 44 4F 57 4E 47 52 44 00}. */
    static final Bytes DOWNGRADE_TLS11 = Bytes.fromHex("444F574E47524400");

    /** Rejects null. */
    public ExpectServerHello {
        Objects.requireNonNull(offered, "offered");
    }

    @Override
    public Step handle(Input input) {
        Received<HandshakeMessage> received =
                Require.anyHandshake(input, "ServerHello or HelloRetryRequest");
        if (received.message() instanceof HelloRetryRequest) {
            return HelloRetry.respond(offered, Require.handshake(input, HelloRetryRequest.class));
        }
        Received<ServerHello> serverHello = Require.handshake(input, ServerHello.class);
        if (serverHello.message().extensions().find(SupportedVersionsServerHello.class)
                .isPresent()) {
            return AcceptServerHello.first(offered, serverHello);
        }
        throw olderVersion(serverHello.message());
    }

    /**
     * A ServerHello without supported_versions negotiates TLS 1.2 or older. RFC 8446 §4.1.3:
     * "TLS 1.3 clients receiving a ServerHello indicating TLS 1.2 or below MUST check that the
     * last 8 bytes are not equal to either of these values [...] If a match is found, the client
     * MUST abort the handshake with an "illegal_parameter" alert." Otherwise the version is one
     * this client does not speak: TLS 1.2 is not implemented yet, and older versions never will
     * be (RFC 8996).
     */
    private TlsAlert olderVersion(ServerHello serverHello) {
        List<ProtocolVersion> versions = offered.config().negotiation().versions();
        Bytes random = serverHello.random();
        Bytes last8 = random.slice(random.length() - 8, random.length());
        if (versions.contains(ProtocolVersion.TLS_1_3)
                && (last8.equals(DOWNGRADE_TLS12) || last8.equals(DOWNGRADE_TLS11))) {
            return new TlsAlert(HandshakeViolation.DOWNGRADE_DETECTED, "the server hello "
                    + "selects " + serverHello.legacyVersion() + " with the downgrade sentinel");
        }
        return new TlsAlert(HandshakeViolation.NO_COMMON_VERSION, "the server selects "
                + serverHello.legacyVersion() + (versions.contains(serverHello.legacyVersion())
                        ? ", whose handshake is not implemented yet" : ", which was not offered"));
    }

    @Override
    public String description() {
        return "client: ClientHello sent, waiting for ServerHello or HelloRetryRequest";
    }
}
