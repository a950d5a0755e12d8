package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PaddingPolicyTest {
    private static final int MAX = (1 << 14) + 1;

    @Test
    void noneAddsNothing() {
        assertEquals(0, PaddingPolicy.none().paddingLength(100, MAX));
        assertEquals(0, PaddingPolicy.none().paddingLength(MAX - 1, MAX));
    }

    @Test
    void toMultipleOfPadsTheWholeInnerPlaintextToTheBlock() {
        PaddingPolicy policy = PaddingPolicy.toMultipleOf(32);
        assertEquals(31 - 0, policy.paddingLength(0, MAX));
        assertEquals(0, policy.paddingLength(31, MAX));
        assertEquals(31, policy.paddingLength(32, MAX));
        assertEquals(0, PaddingPolicy.toMultipleOf(1).paddingLength(77, MAX));
    }

    @Test
    void fixedAddsItsZerosUntilTheLimit() {
        assertEquals(10, PaddingPolicy.fixed(10).paddingLength(5, MAX));
        assertEquals(2, PaddingPolicy.fixed(10).paddingLength(5, 8));
        assertEquals(0, PaddingPolicy.fixed(10).paddingLength(MAX - 1, MAX));
    }

    @Test
    void paddingAPlaintextToTheRecordSizeLimitOfThePeerStopsThere() {
        assertEquals(64 - 40 - 1, PaddingPolicy.toMultipleOf(4096).paddingLength(40, 64));
    }

    @Test
    void refusesContentThatLeavesNoRoomForTheType() {
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.none().paddingLength(MAX, MAX));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.fixed(1).paddingLength(64, 64));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.none().paddingLength(1, MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.none().paddingLength(-1, MAX));
    }

    @Test
    void refusesBlocksAndCountsOutsideTheRecord() {
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.toMultipleOf(0));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.toMultipleOf(MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.fixed(-1));
        assertThrows(IllegalArgumentException.class, () -> PaddingPolicy.fixed(MAX));
    }

    @Provide
    Arbitrary<PaddingPolicy> policies() {
        return Arbitraries.oneOf(
                Arbitraries.just(PaddingPolicy.none()),
                Arbitraries.integers().between(0, MAX - 1).map(PaddingPolicy::fixed),
                Arbitraries.integers().between(1, MAX).map(PaddingPolicy::toMultipleOf));
    }

    @Property(tries = 10000)
    void thePaddedInnerPlaintextNeverExceedsTheLimitAndFillsTheBlockWhenItFits(
            @ForAll("policies") PaddingPolicy policy, @ForAll @IntRange(min = 0, max = MAX - 1) int content,
            @ForAll @IntRange(min = 64, max = MAX) int limit) {
        if (content + 1 > limit) {
            assertThrows(IllegalArgumentException.class, () -> policy.paddingLength(content, limit));
            return;
        }
        int padding = policy.paddingLength(content, limit);
        int inner = content + 1 + padding;
        assertTrue(padding >= 0 && inner <= limit);
        if (policy instanceof PaddingPolicy.ToMultipleOf block && inner < limit) {
            assertEquals(0, inner % block.blockSize());
        }
        if (policy instanceof PaddingPolicy.Fixed fixed) {
            assertEquals(Math.min(fixed.zeros(), limit - content - 1), padding);
        }
    }
}
