package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.crypto.AeadAlgorithm;

class UsageLimitTest {
    @Test
    void aesGcmMayProtect2To24Point5Records() {
        assertEquals((long) Math.floor(Math.pow(2, 24.5)), UsageLimit.AES_GCM_RECORDS);
        assertEquals(UsageLimit.AES_GCM_RECORDS, UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM).maxRecords());
        assertEquals(UsageLimit.AES_GCM_RECORDS, UsageLimit.forAlgorithm(AeadAlgorithm.AES_256_GCM).maxRecords());
    }

    @Test
    void aesCcmMayProtect2To23RecordsWhateverItsTagLength() {
        assertEquals(1L << 23, UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_CCM).maxRecords());
        assertEquals(1L << 23, UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_CCM_8).maxRecords());
    }

    @Test
    void chaCha20Poly1305IsLimitedOnlyByTheSequenceNumberSpace() {
        assertEquals(Long.MAX_VALUE, UsageLimit.forAlgorithm(AeadAlgorithm.CHACHA20_POLY1305).maxRecords());
    }

    @Test
    void theDefaultMarginMakesAKeyUpdateDueAtFifteenSixteenthsOfTheLimit() {
        UsageLimit limit = UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM);
        long dueAt = UsageLimit.AES_GCM_RECORDS - UsageLimit.AES_GCM_RECORDS / 16;
        assertFalse(limit.keyUpdateDue(dueAt - 1));
        assertTrue(limit.keyUpdateDue(dueAt));
        assertFalse(limit.isExhaustedBy(UsageLimit.AES_GCM_RECORDS - 1));
        assertTrue(limit.isExhaustedBy(UsageLimit.AES_GCM_RECORDS));
    }

    @Test
    void aMarginOfZeroMakesTheUpdateDueOnlyAtTheLimit() {
        UsageLimit limit = new UsageLimit(10, 3).withMargin(0);
        assertFalse(limit.keyUpdateDue(9));
        assertTrue(limit.keyUpdateDue(10));
    }

    @Test
    void refusesANonPositiveLimitAndAMarginOutsideIt() {
        assertThrows(IllegalArgumentException.class, () -> new UsageLimit(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new UsageLimit(10, 11));
        assertThrows(IllegalArgumentException.class, () -> new UsageLimit(10, -1));
    }
}
