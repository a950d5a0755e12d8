package org.tlsref.engine.handshake.tls13.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.Finished;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.keyschedule.KeyScheduleFailure;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

class ExpectFinishedTest {
    @Test
    void theClientsFinishedCompletesTheHandshake() {
        Point point = at();
        Step step = point.state().handle(point.message());
        assertInstanceOf(Traffic.class, step.next());
        assertInstanceOf(Effect.InstallReadKeys.class, step.effects().get(0));
        assertInstanceOf(Event.HandshakeComplete.class, step.effects().get(1));
    }

    @Test
    void wrongVerifyDataIsDecryptError() {
        Point point = at();
        assertReason(KeyScheduleFailure.BAD_FINISHED, () -> point.state().handle(
                Input.Handshake.of(new Finished(Bytes.zeros(32)))));
    }

    @Test
    void aFinishedOfTheWrongLengthIsDecodeError() {
        Point point = at();
        assertReason(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> point.state().handle(Input.Handshake.of(new Finished(Bytes.zeros(31)))));
    }

    private static Point at() {
        return Conversation.before(Conversation.client().build(), Conversation.server().build(),
                Side.SERVER, Finished.class);
    }
}
