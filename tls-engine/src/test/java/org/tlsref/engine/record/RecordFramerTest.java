package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.registry.ContentType;

/** {@link RecordFramer}: records of any length come out whole while its array grows on demand. */
class RecordFramerTest {
    @Test
    void growsForALongRecordArrivingInPiecesAndKeepsTheLargerArray() {
        RecordFramer framer = new RecordFramer();
        assertEquals(RecordFramer.INITIAL_CAPACITY, framer.capacity());
        assertRecordComesOut(framer, record(ContentType.HANDSHAKE, 100), 7);
        assertEquals(RecordFramer.INITIAL_CAPACITY, framer.capacity());

        Bytes longRecord = record(ContentType.APPLICATION_DATA, (1 << 14) + 256);
        assertRecordComesOut(framer, longRecord, 3);
        int grown = framer.capacity();
        assertEquals(longRecord.length(), grown);

        assertRecordComesOut(framer, record(ContentType.HANDSHAKE, 3000), 1000);
        assertEquals(grown, framer.capacity());
    }

    @Test
    void growsAtLeastByDoublingForRecordsJustOverItsSize() {
        RecordFramer framer = new RecordFramer();
        assertRecordComesOut(framer, record(ContentType.HANDSHAKE, RecordFramer.INITIAL_CAPACITY), 4096);
        assertEquals(2 * RecordFramer.INITIAL_CAPACITY, framer.capacity());
    }

    /** Feeds {@code record} in chunks of {@code chunk} bytes; checks the framed record. */
    private static void assertRecordComesOut(RecordFramer framer, Bytes record, int chunk) {
        byte[] bytes = record.toByteArray();
        boolean complete = false;
        for (int start = 0; start < bytes.length; start += chunk) {
            assertFalse(complete, "complete before its last byte");
            ByteBuffer in = ByteBuffer.wrap(bytes, start, Math.min(chunk, bytes.length - start));
            complete = framer.read(in, RecordLimit.TLS13_CIPHERTEXT);
            assertFalse(in.hasRemaining());
        }
        assertTrue(complete);
        ByteBuffer framed = framer.record();
        assertEquals(record, Bytes.of(framed.array(), 0, framed.limit()));
        assertEquals(record.length() - 5, framer.fragmentLength());
    }

    /** A record of {@code type} whose fragment is {@code length} bytes counting 0, 1, 2, ... */
    private static Bytes record(ContentType type, int length) {
        byte[] bytes = new byte[5 + length];
        bytes[0] = (byte) type.code();
        bytes[1] = 3;
        bytes[2] = 3;
        bytes[3] = (byte) (length >>> 8);
        bytes[4] = (byte) length;
        for (int i = 0; i < length; i++) {
            bytes[5 + i] = (byte) i;
        }
        return Bytes.of(bytes);
    }
}
