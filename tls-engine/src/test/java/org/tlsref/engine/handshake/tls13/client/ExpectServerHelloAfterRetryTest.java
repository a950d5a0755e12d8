package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import org.junit.jupiter.api.Test;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

class ExpectServerHelloAfterRetryTest {
    private static final TlsConfig CLIENT = Conversation.client()
            .keyShareGroups(NamedGroup.X25519).build();
    private static final TlsConfig SERVER = Conversation.server()
            .supportedGroups(NamedGroup.SECP256R1).build();

    @Test
    void theServerHelloAfterTheRetryLeadsOn() {
        Point point = afterRetry();
        assertInstanceOf(ExpectServerHelloAfterRetry.class, point.state());
        assertInstanceOf(ExpectEncryptedExtensions.class,
                point.state().handle(point.message()).next());
    }

    @Test
    void aSecondHelloRetryRequestIsUnexpectedMessage() {
        Point point = afterRetry();
        ServerHello sh = (ServerHello) point.message().message();
        HelloRetryRequest again = new HelloRetryRequest(ProtocolVersion.TLS_1_2,
                sh.legacySessionIdEcho(), sh.cipherSuite(), CompressionMethod.NULL,
                Extensions.of(new KeyShareHelloRetryRequest(NamedGroup.X25519),
                        new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3)));
        assertReason(HandshakeViolation.SECOND_HELLO_RETRY_REQUEST,
                () -> point.state().handle(Input.Handshake.of(again)));
    }

    @Test
    void anotherSuiteThanTheRetrysIsIllegalParameter() {
        Point point = afterRetry();
        ServerHello sh = (ServerHello) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_CIPHER_SUITE, () -> point.state().handle(
                Input.Handshake.of(new ServerHello(sh.legacyVersion(), sh.random(),
                        sh.legacySessionIdEcho(), CipherSuite.TLS_AES_256_GCM_SHA384,
                        sh.legacyCompressionMethod(), sh.extensions()))));
    }

    /** The client's state when the ServerHello after the HelloRetryRequest arrives. */
    private static Point afterRetry() {
        return Conversation.before(CLIENT, SERVER, Side.CLIENT, ServerHello.class);
    }
}
