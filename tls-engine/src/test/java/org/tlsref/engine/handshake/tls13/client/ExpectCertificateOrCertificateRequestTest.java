package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.pki.CertificateFailure;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;
import org.tlsref.engine.testing.TestPki;

class ExpectCertificateOrCertificateRequestTest {
    private static final Extensions SIGNATURE_ALGORITHMS =
            Extensions.of(SignatureAlgorithms.of(SignatureScheme.ECDSA_SECP256R1_SHA256));

    @Test
    void aCertificateRequestIsRememberedAndTheCertificateAwaited() {
        Point point = Conversation.before(Conversation.client().build(),
                Conversation.server().clientAuthentication(ClientAuthentication.OPTIONAL)
                        .trustAnchors(TestPki.anchors()).build(),
                Side.CLIENT, CertificateRequestTls13.class);
        ExpectCertificate next = assertInstanceOf(ExpectCertificate.class,
                point.state().handle(point.message()).next());
        assertInstanceOf(ClientAuthRequest.Requested.class, next.authRequest());
    }

    @Test
    void aRequestWithAContextIsIllegalParameter() {
        Point point = at();
        assertReason(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                () -> point.state().handle(Input.Handshake.of(new CertificateRequestTls13(
                        Bytes.ofUnsigned(1), SIGNATURE_ALGORITHMS))));
    }

    @Test
    void aRequestWithoutSignatureAlgorithmsIsMissingExtension() {
        Point point = at();
        assertReason(HandshakeViolation.MISSING_EXTENSION, () -> point.state().handle(
                Input.Handshake.of(new CertificateRequestTls13(Bytes.EMPTY, Extensions.EMPTY))));
    }

    @Test
    void anEmptyServerCertificateIsDecodeError() {
        Point point = at();
        assertReason(CertificateFailure.EMPTY_CHAIN, () -> point.state().handle(
                Input.Handshake.of(new CertificateTls13(Bytes.EMPTY, List.of()))));
    }

    @Test
    void aServerCertificateWithAContextIsIllegalParameter() {
        Point point = at();
        CertificateTls13 real = (CertificateTls13) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                () -> point.state().handle(Input.Handshake.of(new CertificateTls13(
                        Bytes.ofUnsigned(9), real.certificateList()))));
    }

    @Test
    void aCertificateVerifyFirstIsUnexpectedMessage() {
        Point point = at();
        assertReason(HandshakeViolation.UNEXPECTED_MESSAGE, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(SignatureScheme.ED25519,
                        Bytes.zeros(64)))));
    }

    @Test
    void aClientOnlyCertificateFromTheServerIsRefused() {
        Point point = Conversation.before(Conversation.client().build(),
                Conversation.server().certifiedKeys(TestPki.client("p256")).build(),
                Side.CLIENT, CertificateTls13.class);
        assertReason(CertificateFailure.WRONG_EXTENDED_KEY_USAGE,
                () -> point.state().handle(point.message()));
    }

    private static Point at() {
        return Conversation.before(Conversation.client().build(), Conversation.server().build(),
                Side.CLIENT, CertificateTls13.class);
    }
}
