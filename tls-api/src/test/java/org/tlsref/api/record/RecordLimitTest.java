package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.AlertDescription;

class RecordLimitTest {
    @Test
    void plaintextLimitIs2To14() {
        assertEquals(16384, RecordLimit.PLAINTEXT.maxFragmentLength());
    }

    @Test
    void tls13CiphertextLimitIs2To14Plus256() {
        assertEquals(16384 + 256, RecordLimit.TLS13_CIPHERTEXT.maxFragmentLength());
    }

    @Test
    void tls12CiphertextLimitIs2To14Plus2048() {
        assertEquals(16384 + 2048, RecordLimit.TLS12_CIPHERTEXT.maxFragmentLength());
    }

    @Test
    void largestFragmentLengthIsTheTls12CiphertextLimit() {
        assertEquals(16384 + 2048, RecordLimit.largestFragmentLength());
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void acceptsALengthOfExactlyTheLimit(RecordLimit limit) {
        assertDoesNotThrow(() -> limit.check(limit.maxFragmentLength()));
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void oneByteOverTheLimitIsRecordOverflow(RecordLimit limit) {
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> limit.check(limit.maxFragmentLength() + 1));
    }
}
