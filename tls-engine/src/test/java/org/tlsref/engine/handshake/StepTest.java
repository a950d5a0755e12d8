package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {
    @Test
    void effectsAreAppendedInOrderAndTheStepStaysImmutable() {
        Step empty = Step.to(Closed.INSTANCE);
        Step one = empty.then(new Effect.SendChangeCipherSpec());
        Step two = one.then(new Effect.LimitRecordSize(100, 200));

        assertEquals(List.of(), empty.effects());
        assertEquals(1, one.effects().size());
        assertEquals(List.of(new Effect.SendChangeCipherSpec(), new Effect.LimitRecordSize(100, 200)),
                two.effects());
        assertSame(Closed.INSTANCE, two.next());
    }
}
