package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.Secret;

/**
 * Sealing, opening and the record layer's application-data path allocate nothing per record in
 * steady state. The backends' own per-call allocation (stated in tls-crypto) is kept out by a
 * stand-in AEAD that allocates nothing; the JMH benchmark measures the real ones. Not a timing
 * test: it counts this thread's allocated bytes (HotSpot's com.sun.management extension) and is
 * skipped where that count is unavailable. One object per record would show as at least
 * 5,000 × 16 bytes, twenty times the slack.
 */
class SteadyStateAllocationTest {
    private static final int WARM_UP = 5_000;
    private static final int MEASURED = 5_000;
    /** Room for the measurement itself (a few objects), far below one byte per record. */
    private static final long SLACK_BYTES = 4096;

    @Test
    void sealingAndOpeningRecordsAllocatesNothingPerRecord() {
        RecordSealer sealer = RecordSealer.create(new XorAead(), Secret.of(new byte[12]),
                PaddingPolicy.toMultipleOf(64), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        RecordOpener opener = RecordOpener.create(new XorAead(), Secret.of(new byte[12]));
        ByteBuffer content = ByteBuffer.allocateDirect(1000);
        ByteBuffer record = ByteBuffer.allocateDirect(2000);
        ByteBuffer out = ByteBuffer.allocateDirect(2000);
        Runnable oneRecord = () -> {
            content.clear();
            record.clear();
            sealer.seal(ContentType.APPLICATION_DATA, content, record);
            record.flip();
            out.clear();
            opener.open(record, out);
        };
        assertAllocatesNothingPerRecord(oneRecord);
    }

    @Test
    void theRecordLayersApplicationDataPathAllocatesNothingPerRecord() {
        Tls13RecordLayer writer = new Tls13RecordLayer();
        Tls13RecordLayer reader = new Tls13RecordLayer();
        writer.installWriteKeys(RecordSealer.create(new XorAead(), Secret.of(new byte[12])));
        reader.installReadKeys(RecordOpener.create(new XorAead(), Secret.of(new byte[12])));
        ByteBuffer data = ByteBuffer.allocate(3000);
        ByteBuffer wire = ByteBuffer.allocate(4000);
        Runnable oneRecord = () -> {
            data.clear();
            writer.writeApplicationData(data);
            wire.clear();
            writer.transmit(wire);
            wire.flip();
            Received received = reader.receive(wire);
            if (!(received instanceof Received.ApplicationData)) {
                throw new AssertionError(received);
            }
        };
        assertAllocatesNothingPerRecord(oneRecord);
        assertInstanceOf(Received.NeedMoreInput.class, reader.receive(wire));
    }

    private static void assertAllocatesNothingPerRecord(Runnable oneRecord) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < WARM_UP; i++) {
            oneRecord.run();
        }
        long before = counter.getThreadAllocatedBytes(thread);
        for (int i = 0; i < MEASURED; i++) {
            oneRecord.run();
        }
        long allocated = counter.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < SLACK_BYTES, allocated + " bytes allocated over " + MEASURED + " records");
    }

    /** An AEAD stand-in that allocates nothing: XOR with the nonce's last byte, a zero "tag". */
    private static final class XorAead implements Aead {
        @Override
        public AeadAlgorithm algorithm() {
            return AeadAlgorithm.AES_128_GCM;
        }

        @Override
        public void seal(byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) {
            while (plaintext.hasRemaining()) {
                out.put((byte) (plaintext.get() ^ nonce[11]));
            }
            for (int i = 0; i < 16; i++) {
                out.put((byte) 0);
            }
        }

        @Override
        public void open(byte[] nonce, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) {
            int end = ciphertext.limit() - 16;
            if (end < ciphertext.position()) {
                throw new TlsAlert(CryptoFailure.BAD_RECORD_MAC, "short");
            }
            while (ciphertext.position() < end) {
                out.put((byte) (ciphertext.get() ^ nonce[11]));
            }
            ciphertext.position(ciphertext.limit());
        }
    }
}
