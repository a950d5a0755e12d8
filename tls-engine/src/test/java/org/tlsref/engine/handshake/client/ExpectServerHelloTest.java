package org.tlsref.engine.handshake.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.engine.testing.Alerts.assertReason;
import static org.tlsref.engine.testing.Messages.add;
import static org.tlsref.engine.testing.Messages.replace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tlsref.api.AlertReason;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.extension.KeyShareServerHello;
import org.tlsref.api.extension.PreSharedKeyServerHello;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.client.ExpectEncryptedExtensions;
import org.tlsref.engine.handshake.tls13.client.ExpectServerHelloAfterRetry;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

/** The client's first wait: ServerHello or HelloRetryRequest (RFC 8446 §4.1.3, §4.1.4). */
class ExpectServerHelloTest {
    private static final Bytes DOWNGRADE_TLS12 = Bytes.fromHex("444F574E47524401");

    @Test
    void serverHelloInstallsTheHandshakeKeysBothWays() {
        Point point = atServerHello(Conversation.client().build());
        Step step = point.state().handle(point.message());
        assertInstanceOf(ExpectEncryptedExtensions.class, step.next());
        assertTrue(step.effects().stream().anyMatch(e -> e instanceof Effect.InstallReadKeys));
        assertTrue(step.effects().stream().anyMatch(e -> e instanceof Effect.InstallWriteKeys));
    }

    @Test
    void anotherMessageIsUnexpectedMessage() {
        Point point = atServerHello(Conversation.client().build());
        assertReason(HandshakeViolation.UNEXPECTED_MESSAGE,
                () -> point.state().handle(Input.Handshake.of(new Finished(Bytes.zeros(32)))));
    }

    @Test
    void wrongSessionIdEchoIsIllegalParameter() {
        assertServerHelloRefused(HandshakeViolation.ILLEGAL_SESSION_ID_ECHO,
                sh -> new ServerHello(sh.legacyVersion(), sh.random(), Bytes.zeros(5),
                        sh.cipherSuite(), sh.legacyCompressionMethod(), sh.extensions()));
    }

    @Test
    void suiteNotOfferedIsIllegalParameter() {
        TlsConfig client = Conversation.client()
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256).build();
        Point point = atServerHello(client);
        ServerHello sh = (ServerHello) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_CIPHER_SUITE, () -> point.state().handle(
                Input.Handshake.of(new ServerHello(sh.legacyVersion(), sh.random(),
                        sh.legacySessionIdEcho(), CipherSuite.TLS_AES_256_GCM_SHA384,
                        sh.legacyCompressionMethod(), sh.extensions()))));
    }

    @Test
    void nonNullCompressionIsIllegalParameter() {
        assertServerHelloRefused(HandshakeViolation.ILLEGAL_COMPRESSION_METHOD,
                sh -> new ServerHello(sh.legacyVersion(), sh.random(), sh.legacySessionIdEcho(),
                        sh.cipherSuite(), CompressionMethod.of(1), sh.extensions()));
    }

    @Test
    void selectedVersionBelowTls13IsIllegalParameter() {
        assertServerHelloRefused(HandshakeViolation.ILLEGAL_SELECTED_VERSION,
                sh -> withExtensions(sh, replace(sh.extensions(),
                        new SupportedVersionsServerHello(ProtocolVersion.TLS_1_2))));
    }

    @Test
    void serverHelloWithoutKeyShareIsMissingExtension() {
        assertServerHelloRefused(HandshakeViolation.MISSING_EXTENSION,
                sh -> withExtensions(sh, Extensions.of(
                        new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3))));
    }

    @Test
    void shareForAGroupWithoutAClientShareIsIllegalParameter() {
        assertServerHelloRefused(HandshakeViolation.ILLEGAL_KEY_SHARE_GROUP,
                sh -> withExtensions(sh, replace(sh.extensions(), new KeyShareServerHello(
                        new KeyShareEntry(NamedGroup.SECP256R1, Bytes.zeros(65))))));
    }

    @Test
    void unofferedExtensionIsUnsupportedExtension() {
        assertServerHelloRefused(DecodeFailure.UNSOLICITED_EXTENSION,
                sh -> withExtensions(sh, add(sh.extensions(), new PreSharedKeyServerHello(0))));
    }

    @Test
    void tls12WithTheDowngradeSentinelIsIllegalParameter() {
        TlsConfig client = Conversation.client()
                .versions(ProtocolVersion.TLS_1_3, ProtocolVersion.TLS_1_2).build();
        Point point = atServerHello(client);
        ServerHello sh = (ServerHello) point.message().message();
        Bytes random = sh.random().slice(0, 24).concat(DOWNGRADE_TLS12);
        assertReason(HandshakeViolation.DOWNGRADE_DETECTED, () -> point.state().handle(
                Input.Handshake.of(new ServerHello(ProtocolVersion.TLS_1_2, random,
                        sh.legacySessionIdEcho(), sh.cipherSuite(), sh.legacyCompressionMethod(),
                        Extensions.EMPTY))));
    }

    @Test
    void tls12WhenOnlyTls13WasOfferedIsProtocolVersion() {
        assertServerHelloRefused(HandshakeViolation.NO_COMMON_VERSION,
                sh -> new ServerHello(ProtocolVersion.TLS_1_2, sh.random(),
                        sh.legacySessionIdEcho(), sh.cipherSuite(), sh.legacyCompressionMethod(),
                        Extensions.EMPTY));
    }

    @Test
    void helloRetryRequestLeadsToASecondClientHelloWithTheCookie() {
        Point point = atServerHello(Conversation.client().build());
        ServerHello sh = (ServerHello) point.message().message();
        Cookie cookie = new Cookie(Bytes.ofUnsigned(7, 7, 7));
        Step step = point.state().handle(Input.Handshake.of(retry(sh,
                new KeyShareHelloRetryRequest(NamedGroup.SECP256R1), cookie)));
        assertInstanceOf(ExpectServerHelloAfterRetry.class, step.next());
        Effect.Send send = (Effect.Send) step.effects().get(step.effects().size() - 1);
        assertEquals(cookie, ((org.tlsref.api.message.ClientHello) send.message()).extensions()
                .find(Cookie.class).orElseThrow());
    }

    @Test
    void helloRetryRequestForAGroupAlreadySharedIsIllegalParameter() {
        Point point = atServerHello(Conversation.client().build());
        ServerHello sh = (ServerHello) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_RETRY_GROUP, () -> point.state().handle(
                Input.Handshake.of(retry(sh, new KeyShareHelloRetryRequest(NamedGroup.X25519)))));
    }

    @Test
    void helloRetryRequestForAnUnsupportedGroupIsIllegalParameter() {
        Point point = atServerHello(Conversation.client().build());
        ServerHello sh = (ServerHello) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_RETRY_GROUP, () -> point.state().handle(
                Input.Handshake.of(retry(sh,
                        new KeyShareHelloRetryRequest(NamedGroup.SECP521R1)))));
    }

    @Test
    void helloRetryRequestThatChangesNothingIsIllegalParameter() {
        Point point = atServerHello(Conversation.client().build());
        ServerHello sh = (ServerHello) point.message().message();
        assertReason(HandshakeViolation.HRR_CHANGES_NOTHING,
                () -> point.state().handle(Input.Handshake.of(retry(sh))));
    }

    @Test
    void helloRetryRequestWithoutSupportedVersionsIsMissingExtension() {
        Point point = atServerHello(Conversation.client().build());
        ServerHello sh = (ServerHello) point.message().message();
        HelloRetryRequest bare = new HelloRetryRequest(ProtocolVersion.TLS_1_2,
                sh.legacySessionIdEcho(), sh.cipherSuite(), CompressionMethod.NULL,
                Extensions.of(new KeyShareHelloRetryRequest(NamedGroup.SECP256R1)));
        assertReason(HandshakeViolation.MISSING_EXTENSION,
                () -> point.state().handle(Input.Handshake.of(bare)));
    }

    static HelloRetryRequest retry(ServerHello sh, Extension... extensions) {
        List<Extension> all = new ArrayList<>(List.of(extensions));
        all.add(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3));
        return new HelloRetryRequest(ProtocolVersion.TLS_1_2, sh.legacySessionIdEcho(),
                sh.cipherSuite(), CompressionMethod.NULL, new Extensions(all));
    }

    private static Point atServerHello(TlsConfig client) {
        return Conversation.before(client, Conversation.server().build(), Side.CLIENT,
                ServerHello.class);
    }

    private static void assertServerHelloRefused(AlertReason reason,
            UnaryOperator<ServerHello> change) {
        Point point = atServerHello(Conversation.client().build());
        ServerHello changed = change.apply((ServerHello) point.message().message());
        assertReason(reason, () -> point.state().handle(Input.Handshake.of(changed)));
    }

    static ServerHello withExtensions(ServerHello sh, Extensions extensions) {
        return new ServerHello(sh.legacyVersion(), sh.random(), sh.legacySessionIdEcho(),
                sh.cipherSuite(), sh.legacyCompressionMethod(), extensions);
    }

}
