package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.engine.record.Rfc8448Records.TraceRecord;

class RecordSealerTest {
    private static final Bytes KEY = Bytes.fromHex("000102030405060708090a0b0c0d0e0f");
    private static final Bytes IV = Bytes.fromHex("a0a1a2a3a4a5a6a7a8a9aaab");
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();

    /** Each trace's protected records grouped by the key that seals them, in sequence order. */
    static Stream<Arguments> keyRunsOnBothBackends() {
        List<Arguments> arguments = new ArrayList<>();
        for (String file : Rfc8448Records.traceFiles()) {
            Map<String, List<TraceRecord>> runs = new LinkedHashMap<>();
            for (TraceRecord record : Rfc8448Records.of(file)) {
                if (record.isProtected()) {
                    runs.computeIfAbsent(record.keys(), k -> new ArrayList<>()).add(record);
                }
            }
            for (List<TraceRecord> run : runs.values()) {
                for (Backend backend : Backend.values()) {
                    arguments.add(Arguments.of(run.get(0).trace() + " " + run.get(0).keys(), run, backend));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} on {2}")
    @MethodSource("keyRunsOnBothBackends")
    void sealsEveryRfc8448PayloadToTheTracesRecordBytes(String name, List<TraceRecord> run, Backend backend) {
        RecordSealer sealer = run.get(0).sealer(backend.provider());
        for (TraceRecord record : run) {
            assertEquals(record.sequenceNumber(), sealer.sequenceNumber(), record.toString());
            assertEquals(record.wire().length(), sealer.sealedLength(record.payload().length()));
            ByteBuffer out = ByteBuffer.allocate(record.wire().length());
            sealer.seal(record.contentType(), ByteBuffer.wrap(record.payload().toByteArray()), out);
            assertEquals(record.wire(), Bytes.of(out.array()), record.toString());
        }
    }

    @Test
    void sealsWhatAHandBuiltRecordHoldsAtEverySequenceNumber() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        for (long sequence = 0; sequence < 5; sequence++) {
            Bytes content = Bytes.ofUnsigned(1, 2, 3, (int) sequence);
            Bytes expected = HandSealed.record(aead(), IV, sequence, HandSealed.inner(content, 23, 0));
            assertEquals(expected, seal(sealer, ContentType.APPLICATION_DATA, content));
        }
    }

    @Test
    void padsAsThePolicySays() {
        RecordSealer fixed = sealer(PaddingPolicy.fixed(10), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        Bytes content = Bytes.ofUnsigned(0x16, 0x17);
        Bytes record = seal(fixed, ContentType.HANDSHAKE, content);
        assertEquals(HandSealed.record(aead(), IV, 0, HandSealed.inner(content, 22, 10)), record);
        RecordSealer blocks = sealer(PaddingPolicy.toMultipleOf(64), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        assertEquals(5 + 64 + 16, seal(blocks, ContentType.APPLICATION_DATA, Bytes.zeros(1)).length());
        assertEquals(5 + 128 + 16, seal(blocks, ContentType.APPLICATION_DATA, Bytes.zeros(64)).length());
    }

    @Test
    void paddingStopsAtTheMaximumInnerPlaintextLength() {
        RecordSealer sealer = sealer(PaddingPolicy.fixed(1000), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        assertEquals(5 + 100 + 16, sealer.sealedLength(10, 100));
        ByteBuffer out = ByteBuffer.allocate(200);
        sealer.seal(ContentType.APPLICATION_DATA, ByteBuffer.allocate(10), out, 100);
        assertEquals(5 + 100 + 16, out.position());
    }

    @Test
    void reportsAKeyUpdateDueAtTheMarginAndRefusesToSealAtTheLimit() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), new UsageLimit(3, 1));
        seal(sealer, ContentType.APPLICATION_DATA, Bytes.ofUnsigned(1));
        assertFalse(sealer.keyUpdateDue());
        seal(sealer, ContentType.APPLICATION_DATA, Bytes.ofUnsigned(2));
        assertTrue(sealer.keyUpdateDue());
        seal(sealer, ContentType.APPLICATION_DATA, Bytes.ofUnsigned(3));
        ByteBuffer plaintext = ByteBuffer.wrap(new byte[] {4});
        ByteBuffer out = ByteBuffer.allocate(100);
        assertThrows(IllegalStateException.class,
                () -> sealer.seal(ContentType.APPLICATION_DATA, plaintext, out));
        assertEquals(0, out.position());
        assertEquals(1, plaintext.remaining());
        assertEquals(3, sealer.sequenceNumber());
    }

    @Test
    void refusesChangeCipherSpecAndUnknownInnerTypes() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        for (ContentType type : List.of(ContentType.CHANGE_CIPHER_SPEC, ContentType.HEARTBEAT, ContentType.INVALID)) {
            assertThrows(IllegalArgumentException.class,
                    () -> sealer.seal(type, ByteBuffer.wrap(new byte[] {1}), ByteBuffer.allocate(100)));
        }
    }

    @Test
    void refusesEmptyHandshakeAndAlertContentButSealsEmptyApplicationData() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        for (ContentType type : List.of(ContentType.HANDSHAKE, ContentType.ALERT)) {
            assertThrows(IllegalArgumentException.class,
                    () -> sealer.seal(type, ByteBuffer.allocate(0), ByteBuffer.allocate(100)));
        }
        assertEquals(HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.EMPTY, 23, 0)),
                seal(sealer, ContentType.APPLICATION_DATA, Bytes.EMPTY));
    }

    @Test
    void refusesContentThatDoesNotFitAndAnOutputWithoutRoomWithoutConsumingAnything() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        ByteBuffer tooLong = ByteBuffer.allocate((1 << 14) + 1);
        assertThrows(IllegalArgumentException.class,
                () -> sealer.seal(ContentType.APPLICATION_DATA, tooLong, ByteBuffer.allocate(1 << 15)));
        ByteBuffer plaintext = ByteBuffer.allocate(100);
        ByteBuffer small = ByteBuffer.allocate(120);
        assertThrows(IllegalArgumentException.class,
                () -> sealer.seal(ContentType.APPLICATION_DATA, plaintext, small));
        assertEquals(100, plaintext.remaining());
        assertEquals(0, small.position());
        assertEquals(0, sealer.sequenceNumber());
    }

    @Test
    void sealsAFull2To14ByteRecord() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        Bytes record = seal(sealer, ContentType.APPLICATION_DATA, Bytes.zeros(1 << 14));
        assertEquals(5 + (1 << 14) + 1 + 16, record.length());
    }

    @Test
    void holdsNoInnerPlaintextUntilItSealsAndGrowsItOnlyForLongerRecords() {
        RecordSealer sealer = sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        assertEquals(0, sealer.innerPlaintextCapacity());
        seal(sealer, ContentType.HANDSHAKE, Bytes.zeros(100));
        int afterSmall = sealer.innerPlaintextCapacity();
        assertTrue(afterSmall >= 101 && afterSmall < 1 << 14, "capacity " + afterSmall);
        seal(sealer, ContentType.HANDSHAKE, Bytes.zeros(50));
        assertEquals(afterSmall, sealer.innerPlaintextCapacity());
        Bytes full = seal(sealer, ContentType.APPLICATION_DATA, Bytes.zeros(1 << 14));
        assertEquals(5 + (1 << 14) + 1 + 16, full.length());
        assertEquals((1 << 14) + 1, sealer.innerPlaintextCapacity());
        seal(sealer, ContentType.APPLICATION_DATA, Bytes.zeros(10));
        assertEquals((1 << 14) + 1, sealer.innerPlaintextCapacity());
    }

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void aSealedRecordOpensOnTheOtherBackendForEveryAlgorithm(AeadAlgorithm algorithm) {
        CryptoProvider bc = Backend.BOUNCY_CASTLE.provider();
        CryptoProvider other = algorithm == AeadAlgorithm.AES_128_CCM || algorithm == AeadAlgorithm.AES_128_CCM_8
                ? bc : Backend.JCA.provider();
        Secret key = Secret.of(new byte[algorithm.keyLength()]);
        Secret iv = Secret.of(IV.toByteArray());
        RecordSealer sealer = RecordSealer.create(bc.aead(algorithm, key), iv);
        RecordOpener opener = RecordOpener.create(other.aead(algorithm, key), iv);
        for (int i = 0; i < 3; i++) {
            Bytes content = Bytes.zeros(i * 100).concat(Bytes.ofUnsigned(i + 1));
            Bytes record = seal(sealer, ContentType.HANDSHAKE, content);
            ByteBuffer out = ByteBuffer.allocate(1000);
            assertEquals(ContentType.HANDSHAKE, opener.open(ByteBuffer.wrap(record.toByteArray()), out));
            assertEquals(content, Bytes.of(out.array(), 0, out.position()));
        }
    }

    private static Bytes seal(RecordSealer sealer, ContentType type, Bytes content) {
        ByteBuffer out = ByteBuffer.allocate(sealer.sealedLength(content.length()));
        sealer.seal(type, ByteBuffer.wrap(content.toByteArray()), out);
        assertFalse(out.hasRemaining());
        return Bytes.of(out.array());
    }

    private static Aead aead() {
        return PROVIDER.aead(AeadAlgorithm.AES_128_GCM, Secret.of(KEY.toByteArray()));
    }

    private static RecordSealer sealer(PaddingPolicy padding, UsageLimit limit) {
        return RecordSealer.create(aead(), Secret.of(IV.toByteArray()), padding, limit);
    }
}
