package org.tlsref.bench.aead;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.provider.Backend;

/** The raw AEAD harness is right before anything is timed: no timing here. */
class RecordChecksTest {
    @ParameterizedTest
    @EnumSource(Suite.class)
    void everyBackendPassesTheChecksAtEveryPayload(Suite suite) {
        for (Backend backend : Backend.values()) {
            for (int payload : new int[] {16384, 1024, 64}) {
                assertDoesNotThrow(() -> RecordChecks.rawAead(backend, suite, payload), backend + " " + payload);
            }
        }
    }

    @Test
    void eachSealAdvancesTheSequenceNumberAndTheRecordOpensUnderIt() {
        RawAeadChannel channel = RecordChecks.rawChannel(Backend.JCA, Suite.TLS_AES_128_GCM_SHA256, 64);
        RawAeadChannel.Sealed first = channel.sealKept();
        RawAeadChannel.Sealed second = channel.sealKept();
        assertEquals(0, first.sequenceNumber());
        assertEquals(1, second.sequenceNumber());
        assertFalse(Arrays.equals(first.record(), second.record()), "two sequence numbers, two nonces");
        assertTrue(RecordChecks.innerPlaintextMatches(channel.open(second), channel.payload()));
        assertTrue(RecordChecks.innerPlaintextMatches(channel.open(first), channel.payload()));
    }

    @Test
    void recordsHaveTheTls13HeaderAndLength() {
        RawAeadChannel channel = RecordChecks.rawChannel(Backend.BOUNCY_CASTLE, Suite.TLS_CHACHA20_POLY1305_SHA256, 1024);
        byte[] record = channel.seal().record();
        assertEquals(5 + 1024 + 1 + 16, record.length);
        assertEquals(23, record[0]);
        assertEquals((1024 + 17) >> 8, record[3] & 0xff);
        assertEquals((1024 + 17) & 0xff, record[4] & 0xff);
    }

    @Test
    void theNonceIsTheIvXorTheSequenceNumber() {
        byte[] iv = new byte[12];
        Arrays.fill(iv, (byte) 0xff);
        byte[] nonce = new byte[12];
        RecordFrame.nonce(iv, 0x0102L, nonce);
        assertEquals((byte) 0xfe, nonce[10]);
        assertEquals((byte) 0xfd, nonce[11]);
        assertEquals((byte) 0xff, nonce[3]);
    }

    @Test
    void innerPlaintextMustEndWithTheContentType() {
        byte[] payload = {1, 2, 3};
        assertTrue(RecordChecks.innerPlaintextMatches(ByteBuffer.wrap(new byte[] {1, 2, 3, 23}), payload));
        assertFalse(RecordChecks.innerPlaintextMatches(ByteBuffer.wrap(new byte[] {1, 2, 3, 22}), payload));
        assertFalse(RecordChecks.innerPlaintextMatches(ByteBuffer.wrap(new byte[] {1, 2, 4, 23}), payload));
        assertFalse(RecordChecks.innerPlaintextMatches(ByteBuffer.wrap(new byte[] {1, 2, 3}), payload));
    }
}
