package org.tlsref.engine.handshake.tls13.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;
import org.tlsref.engine.testing.TestPki;

class ExpectCertificateVerifyTest {
    @Test
    void theClientsProofMakesItAuthenticated() {
        Point point = at();
        ExpectFinished next = assertInstanceOf(ExpectFinished.class,
                point.state().handle(point.message()).next());
        assertInstanceOf(ClientIdentity.Authenticated.class, next.client());
    }

    @Test
    void aSignatureOverAnotherTranscriptIsDecryptError() {
        Point point = at();
        CertificateVerify real = (CertificateVerify) point.message().message();
        byte[] signature = real.signature().toByteArray();
        signature[10] ^= 0x40;
        assertReason(CryptoFailure.BAD_SIGNATURE, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(real.algorithm(), Bytes.of(signature)))));
    }

    private static Point at() {
        return Conversation.before(
                Conversation.client().certifiedKeys(TestPki.client("p256")).build(),
                Conversation.server().clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.anchors()).build(),
                Side.SERVER, CertificateVerify.class);
    }
}
