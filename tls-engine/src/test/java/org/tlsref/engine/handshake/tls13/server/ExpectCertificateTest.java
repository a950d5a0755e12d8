package org.tlsref.engine.handshake.tls13.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.crypto.pki.CertificateFailure;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;
import org.tlsref.engine.testing.TestPki;

/** The client's Certificate as the server receives it (RFC 8446 §4.4.2; RFC 9846 §4.5.1.3). */
class ExpectCertificateTest {
    @Test
    void anEmptyCertificateUnderRequiredIsCertificateRequired() {
        Point point = at(ClientAuthentication.REQUIRED, Conversation.client().build());
        assertReason(HandshakeViolation.CERTIFICATE_REQUIRED,
                () -> point.state().handle(point.message()));
    }

    @Test
    void anEmptyCertificateUnderOptionalLeavesTheClientAnonymous() {
        Point point = at(ClientAuthentication.OPTIONAL, Conversation.client().build());
        ExpectFinished next = assertInstanceOf(ExpectFinished.class,
                point.state().handle(point.message()).next());
        assertInstanceOf(ClientIdentity.Anonymous.class, next.client());
    }

    @Test
    void aValidChainAwaitsItsCertificateVerify() {
        Point point = at(ClientAuthentication.REQUIRED,
                Conversation.client().certifiedKeys(TestPki.client("rsa")).build());
        assertInstanceOf(ExpectCertificateVerify.class,
                point.state().handle(point.message()).next());
    }

    @Test
    void aServerOnlyCertificateFromTheClientIsRefused() {
        Point point = at(ClientAuthentication.OPTIONAL,
                Conversation.client().certifiedKeys(TestPki.server("p256")).build());
        assertReason(CertificateFailure.WRONG_EXTENDED_KEY_USAGE,
                () -> point.state().handle(point.message()));
    }

    @Test
    void aContextThatWasNotRequestedIsIllegalParameter() {
        Point point = at(ClientAuthentication.OPTIONAL, Conversation.client().build());
        assertReason(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                () -> point.state().handle(Input.Handshake.of(
                        new CertificateTls13(Bytes.ofUnsigned(5), List.of()))));
    }

    private static Point at(ClientAuthentication mode, TlsConfig client) {
        return Conversation.before(client, Conversation.server().clientAuthentication(mode)
                .trustAnchors(TestPki.anchors()).build(), Side.SERVER, CertificateTls13.class);
    }
}
