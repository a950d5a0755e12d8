package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationServerHello;
import org.tlsref.api.extension.EarlyDataEncryptedExtensions;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.KeyShareServerHello;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

class ExpectEncryptedExtensionsTest {
    @Test
    void negotiatedRecordSizeLimitIsApplied() {
        Point point = Conversation.before(Conversation.client().recordSizeLimit(1000).build(),
                Conversation.server().recordSizeLimit(2000).build(), Side.CLIENT,
                EncryptedExtensions.class);
        Step step = point.state().handle(point.message());
        assertInstanceOf(ExpectCertificateOrCertificateRequest.class, step.next());
        assertEquals(List.of(new Effect.LimitRecordSize(2000, 1000)), step.effects());
    }

    @Test
    void aCertificateInsteadIsUnexpectedMessage() {
        Point point = at();
        assertReason(HandshakeViolation.UNEXPECTED_MESSAGE, () -> point.state().handle(
                Input.Handshake.of(new CertificateTls13(Bytes.EMPTY, List.of()))));
    }

    @Test
    void aKeyShareInEncryptedExtensionsIsIllegalParameter() {
        Point point = at();
        assertReason(DecodeFailure.EXTENSION_NOT_ALLOWED, () -> point.state().handle(
                Input.Handshake.of(new EncryptedExtensions(Extensions.of(new KeyShareServerHello(
                        new KeyShareEntry(NamedGroup.X25519, Bytes.zeros(32))))))));
    }

    @Test
    void earlyDataThatWasNotOfferedIsUnsupportedExtension() {
        Point point = at();
        assertReason(DecodeFailure.UNSOLICITED_EXTENSION, () -> point.state().handle(
                Input.Handshake.of(new EncryptedExtensions(
                        Extensions.of(new EarlyDataEncryptedExtensions())))));
    }

    @Test
    void aProtocolTheClientDidNotOfferIsIllegalParameter() {
        Point point = Conversation.before(Conversation.client().applicationProtocols("h2").build(),
                Conversation.server().build(), Side.CLIENT, EncryptedExtensions.class);
        assertReason(HandshakeViolation.ILLEGAL_APPLICATION_PROTOCOL, () -> point.state().handle(
                Input.Handshake.of(new EncryptedExtensions(Extensions.of(
                        new ApplicationLayerProtocolNegotiationServerHello(
                                Bytes.ofUnsigned('x')))))));
    }

    private static Point at() {
        return Conversation.before(Conversation.client().build(), Conversation.server().build(),
                Side.CLIENT, EncryptedExtensions.class);
    }
}
