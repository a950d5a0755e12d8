package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.Finished;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.MiddleboxCompatibility;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.keyschedule.KeyScheduleFailure;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;
import org.tlsref.engine.testing.TestPki;

class ExpectFinishedTest {
    @Test
    void wrongVerifyDataIsDecryptError() {
        Point point = Conversation.before(Conversation.client().build(),
                Conversation.server().build(), Side.CLIENT, Finished.class);
        assertReason(KeyScheduleFailure.BAD_FINISHED, () -> point.state().handle(
                Input.Handshake.of(new Finished(Bytes.zeros(32)))));
    }

    @Test
    void theSecondFlightGoesInRfcOrder() {
        Point point = Conversation.before(
                Conversation.client().certifiedKeys(TestPki.client("p256"))
                        .middleboxCompatibility(MiddleboxCompatibility.ENABLED).build(),
                Conversation.server().clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.anchors()).build(),
                Side.CLIENT, Finished.class);
        Step step = point.state().handle(point.message());
        assertInstanceOf(Traffic.class, step.next());
        List<String> kinds = step.effects().stream()
                .filter(e -> !(e instanceof Effect.LogSecret))
                .map(ExpectFinishedTest::kind).toList();
        assertEquals(List.of("InstallReadKeys", "SendChangeCipherSpec", "Send CertificateTls13",
                "Send CertificateVerify", "Send Finished", "InstallWriteKeys",
                "HandshakeComplete"), kinds);
    }

    @Test
    void withoutACertificateTheClientSendsAnEmptyOne() {
        Point point = Conversation.before(Conversation.client().build(),
                Conversation.server().clientAuthentication(ClientAuthentication.OPTIONAL)
                        .trustAnchors(TestPki.anchors()).build(),
                Side.CLIENT, Finished.class);
        Step step = point.state().handle(point.message());
        CertificateTls13 certificate = step.effects().stream()
                .filter(e -> e instanceof Effect.Send send
                        && send.message() instanceof CertificateTls13)
                .map(e -> (CertificateTls13) ((Effect.Send) e).message()).findFirst()
                .orElseThrow();
        assertEquals(List.of(), certificate.certificateList());
        assertEquals(0, step.effects().stream().filter(e -> e instanceof Effect.Send send
                && send.message() instanceof CertificateVerify).count());
    }

    private static String kind(Effect effect) {
        if (effect instanceof Effect.Send send) {
            return "Send " + send.message().getClass().getSimpleName();
        }
        return effect instanceof Event.HandshakeComplete ? "HandshakeComplete"
                : effect.getClass().getSimpleName();
    }
}
