package org.tlsref.engine.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.engine.testing.Alerts.assertReason;
import static org.tlsref.engine.testing.Messages.add;
import static org.tlsref.engine.testing.Messages.remove;
import static org.tlsref.engine.testing.Messages.replace;
import static org.tlsref.engine.testing.Messages.withExtensions;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tlsref.api.AlertReason;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.EarlyDataClientHello;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.SupportedVersionsClientHello;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;
import org.tlsref.engine.testing.TestPki;

/** The server's first wait: the ClientHello, which picks the version (RFC 8446 §4.1.2, §4.2.1). */
class ExpectClientHelloTest {
    @Test
    void theFirstFlightGoesInRfcOrderWithTheCompatibilityRecordAfterTheServerHello() {
        Point point = at(Conversation.server().build());
        Step step = point.state().handle(point.message());
        List<String> kinds = step.effects().stream()
                .filter(e -> !(e instanceof Effect.LogSecret)).map(e -> e instanceof Effect.Send s
                        ? s.message().getClass().getSimpleName() : e.getClass().getSimpleName())
                .toList();
        assertEquals(List.of("ServerHello", "SendChangeCipherSpec", "InstallWriteKeys",
                "EncryptedExtensions",
                "CertificateTls13", "CertificateVerify", "Finished", "InstallWriteKeys",
                "InstallReadKeys"), kinds);
    }

    @Test
    void aClientWithoutSupportedVersionsIsProtocolVersion() {
        assertRefused(HandshakeViolation.NO_COMMON_VERSION,
                ch -> withExtensions(ch, remove(ch.extensions(),
                        ExtensionType.SUPPORTED_VERSIONS)));
    }

    @Test
    void aClientOfferingOnlyTls12IsProtocolVersion() {
        assertRefused(HandshakeViolation.NO_COMMON_VERSION,
                ch -> withExtensions(ch, replace(ch.extensions(),
                        SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_2))));
    }

    @Test
    void anyCompressionButNullIsIllegalParameter() {
        assertRefused(HandshakeViolation.ILLEGAL_COMPRESSION_METHOD,
                ch -> new ClientHello(ch.legacyVersion(), ch.random(), ch.legacySessionId(),
                        ch.cipherSuites(), List.of(CompressionMethod.NULL, CompressionMethod.of(1)),
                        ch.extensions()));
    }

    @Test
    void noSignatureAlgorithmsIsMissingExtension() {
        assertRefused(HandshakeViolation.MISSING_EXTENSION, ch -> withExtensions(ch,
                remove(ch.extensions(), ExtensionType.SIGNATURE_ALGORITHMS)));
    }

    @Test
    void supportedGroupsWithoutKeyShareIsMissingExtension() {
        assertRefused(HandshakeViolation.MISSING_EXTENSION,
                ch -> withExtensions(ch, remove(ch.extensions(), ExtensionType.KEY_SHARE)));
    }

    @Test
    void aShareOutsideSupportedGroupsIsIllegalParameter() {
        assertRefused(HandshakeViolation.KEY_SHARE_NOT_IN_SUPPORTED_GROUPS,
                ch -> withExtensions(ch, replace(ch.extensions(), new KeyShareClientHello(
                        List.of(new KeyShareEntry(NamedGroup.SECP384R1, Bytes.zeros(97)))))));
    }

    @Test
    void noCommonSuiteIsHandshakeFailure() {
        assertReason(HandshakeViolation.NO_COMMON_CIPHER_SUITE, () -> handle(
                Conversation.server().cipherSuites(CipherSuite.TLS_AES_128_CCM_SHA256).build(),
                UnaryOperator.identity()));
    }

    @Test
    void noCommonGroupIsHandshakeFailure() {
        assertReason(HandshakeViolation.NO_COMMON_GROUP, () -> handle(
                Conversation.server().supportedGroups(NamedGroup.SECP521R1).build(),
                UnaryOperator.identity()));
    }

    @Test
    void noSchemeTheCertificateCanSignWithIsHandshakeFailure() {
        Point point = Conversation.before(Conversation.client()
                        .signatureSchemes(SignatureScheme.RSA_PSS_RSAE_SHA256).build(),
                Conversation.server().build(), Side.SERVER, ClientHello.class);
        assertReason(HandshakeViolation.NO_COMMON_SIGNATURE_SCHEME,
                () -> point.state().handle(point.message()));
    }

    @Test
    void aNameNoCertificateServesIsUnrecognizedName() {
        CertifiedKey other = TestPki.server("p256");
        CertifiedKey named = new CertifiedKey(other.chain(), other.key(), List.of("a.example"));
        assertReason(HandshakeViolation.UNRECOGNIZED_NAME, () -> handle(
                Conversation.server().certifiedKeys(named).build(), UnaryOperator.identity()));
    }

    @Test
    void theCertificateForTheRequestedNameIsChosen() {
        CertifiedKey p256 = TestPki.server("p256");
        CertifiedKey ed25519 = TestPki.server("ed25519");
        TlsConfig server = Conversation.server().certifiedKeys(
                new CertifiedKey(p256.chain(), p256.key(), List.of("*.other.test")),
                new CertifiedKey(ed25519.chain(), ed25519.key(), List.of("*.tlsref.test")))
                .build();
        Step step = handle(server, UnaryOperator.identity());
        assertEquals(1, step.effects().stream().filter(e -> e instanceof Effect.Send s
                && s.message() instanceof CertificateVerify cv
                && cv.algorithm().equals(SignatureScheme.ED25519)).count());
    }

    @Test
    void earlyDataIsSkippedSinceNoPskIsAccepted() {
        Step step = handle(Conversation.server().build(), ch -> withExtensions(ch,
                add(ch.extensions(),
                        new EarlyDataClientHello())));
        assertEquals(1, step.effects().stream()
                .filter(e -> e instanceof Effect.SkipRejectedEarlyData).count());
    }

    @Test
    void somethingElseFirstIsUnexpectedMessage() {
        assertReason(HandshakeViolation.UNEXPECTED_MESSAGE,
                () -> new ExpectClientHello(Conversation.server().build())
                        .handle(Input.Handshake.of(new Finished(Bytes.zeros(32)))));
    }

    @Test
    void encryptedExtensionsCarryTheServerNameAcknowledgement() {
        Point point = Conversation.before(Conversation.client().build(),
                Conversation.server().build(), Side.CLIENT, EncryptedExtensions.class);
        EncryptedExtensions ee = (EncryptedExtensions) point.message().message();
        assertEquals(List.of(ExtensionType.SUPPORTED_GROUPS, ExtensionType.SERVER_NAME),
                ee.extensions().types());
        Point hello = Conversation.before(Conversation.client().build(),
                Conversation.server().build(), Side.CLIENT, ServerHello.class);
        assertEquals(List.of(ExtensionType.KEY_SHARE, ExtensionType.SUPPORTED_VERSIONS),
                ((ServerHello) hello.message().message()).extensions().types());
    }

    private static Point at(TlsConfig server) {
        return Conversation.before(Conversation.client().build(), server, Side.SERVER,
                ClientHello.class);
    }

    private static Step handle(TlsConfig server, UnaryOperator<ClientHello> change) {
        Point point = at(server);
        return point.state().handle(Input.Handshake.of(
                change.apply((ClientHello) point.message().message())));
    }

    private static void assertRefused(AlertReason reason, UnaryOperator<ClientHello> change) {
        assertReason(reason, () -> handle(Conversation.server().build(), change));
    }
}
