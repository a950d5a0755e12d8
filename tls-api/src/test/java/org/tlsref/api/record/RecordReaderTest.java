package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

class RecordReaderTest {
    private static final List<TlsRecord> THREE_RECORDS = List.of(
            new TlsRecord(ContentType.HANDSHAKE, ProtocolVersion.TLS_1_0, Bytes.fromHex("0100000401020304")),
            new TlsRecord(ContentType.CHANGE_CIPHER_SPEC, ProtocolVersion.TLS_1_2, Bytes.fromHex("01")),
            new TlsRecord(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.fromHex("aabbccddeeff")));

    @Test
    void readsARecordFedWhole() {
        RecordReader reader = new RecordReader();

        Optional<TlsRecord> record = reader.read(buffer(THREE_RECORDS.get(0).toBytes()), RecordLimit.PLAINTEXT);

        assertEquals(Optional.of(THREE_RECORDS.get(0)), record);
        assertTrue(reader.isAtRecordBoundary());
    }

    @Test
    void consumesAllOfAnIncompleteRecordAndReturnsNothing() {
        RecordReader reader = new RecordReader();
        ByteBuffer in = buffer(THREE_RECORDS.get(0).toBytes().slice(0, 7));

        assertEquals(Optional.empty(), reader.read(in, RecordLimit.PLAINTEXT));
        assertFalse(in.hasRemaining());
        assertEquals(7, reader.buffered());
        assertFalse(reader.isAtRecordBoundary());
    }

    @Test
    void leavesTheBytesAfterTheRecordInTheInput() {
        RecordReader reader = new RecordReader();
        ByteBuffer in = buffer(stream(THREE_RECORDS));

        reader.read(in, RecordLimit.PLAINTEXT);

        assertEquals(stream(THREE_RECORDS).length() - THREE_RECORDS.get(0).toBytes().length(), in.remaining());
    }

    @Test
    void everySplitOfAStreamIntoTwoChunksGivesTheSameRecords() {
        Bytes wire = stream(THREE_RECORDS);
        for (int split = 0; split <= wire.length(); split++) {
            RecordReader reader = new RecordReader();
            List<TlsRecord> read = new ArrayList<>();
            readAll(reader, wire.slice(0, split), read);
            readAll(reader, wire.slice(split, wire.length()), read);
            assertEquals(THREE_RECORDS, read, "split at " + split);
        }
    }

    @Test
    void aStreamFedOneByteAtATimeGivesTheSameRecords() {
        Bytes wire = stream(THREE_RECORDS);
        RecordReader reader = new RecordReader();
        List<TlsRecord> read = new ArrayList<>();
        for (int i = 0; i < wire.length(); i++) {
            readAll(reader, wire.slice(i, i + 1), read);
        }
        assertEquals(THREE_RECORDS, read);
    }

    @Test
    void readsFromDirectAndReadOnlyBuffersToo() {
        Bytes wire = stream(THREE_RECORDS);
        ByteBuffer direct = ByteBuffer.allocateDirect(wire.length());
        wire.copyTo(direct);
        direct.flip();

        assertEquals(THREE_RECORDS, readAll(new RecordReader(), direct));
        assertEquals(THREE_RECORDS, readAll(new RecordReader(), buffer(wire).asReadOnlyBuffer()));
    }

    @Test
    void readsFromABufferWithAnArrayOffset() {
        Bytes wire = Bytes.fromHex("ffff").concat(stream(THREE_RECORDS));
        ByteBuffer in = ByteBuffer.wrap(wire.toByteArray());
        in.position(2);

        assertEquals(THREE_RECORDS, readAll(new RecordReader(), in.slice()));
    }

    @Test
    void anOversizedRecordFailsAsSoonAsItsHeaderArrives() {
        RecordReader reader = new RecordReader();

        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> reader.read(buffer(Bytes.fromHex("17 0303 4001")), RecordLimit.PLAINTEXT));
    }

    @Test
    void aHeaderSplitAcrossCallsIsCheckedWhenItCompletes() {
        RecordReader reader = new RecordReader();

        assertEquals(Optional.empty(), reader.read(buffer(Bytes.fromHex("17 03")), RecordLimit.PLAINTEXT));
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> reader.read(buffer(Bytes.fromHex("03 4001")), RecordLimit.PLAINTEXT));
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void readsARecordOfExactlyTheLimit(RecordLimit limit) {
        Bytes wire = record(0x17, limit.maxFragmentLength());

        TlsRecord record = new RecordReader().read(buffer(wire), limit).orElseThrow();

        assertEquals(limit.maxFragmentLength(), record.fragment().length());
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void aRecordOneByteOverTheLimitIsRecordOverflow(RecordLimit limit) {
        Bytes header = record(0x17, limit.maxFragmentLength() + 1).slice(0, TlsRecord.HEADER_LENGTH);

        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> new RecordReader().read(buffer(header), limit));
    }

    @Test
    void theLimitPassedWhenTheHeaderCompletesApplies() {
        RecordReader reader = new RecordReader();
        Bytes big = record(0x17, RecordLimit.TLS13_CIPHERTEXT.maxFragmentLength());

        reader.read(buffer(THREE_RECORDS.get(0).toBytes()), RecordLimit.PLAINTEXT).orElseThrow();
        TlsRecord protectedRecord = reader.read(buffer(big), RecordLimit.TLS13_CIPHERTEXT).orElseThrow();

        assertEquals(RecordLimit.TLS13_CIPHERTEXT.maxFragmentLength(), protectedRecord.fragment().length());
    }

    @Test
    void anUnknownContentTypeIsUnexpectedMessageBeforeTheBody() {
        assertFails(DecodeFailure.UNEXPECTED_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new RecordReader().read(buffer(Bytes.fromHex("18 0303 0001")), RecordLimit.PLAINTEXT));
    }

    @Test
    void aZeroLengthHandshakeRecordIsUnexpectedMessage() {
        assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new RecordReader().read(buffer(Bytes.fromHex("16 0303 0000")), RecordLimit.PLAINTEXT));
    }

    @Test
    void aZeroLengthApplicationDataRecordIsRead() {
        TlsRecord record = new RecordReader()
                .read(buffer(Bytes.fromHex("17 0303 0000")), RecordLimit.TLS12_CIPHERTEXT).orElseThrow();

        assertEquals(Bytes.EMPTY, record.fragment());
    }

    @Test
    void aFailedHeaderFailsAgainOnEveryLaterCall() {
        RecordReader reader = new RecordReader();
        ByteBuffer in = buffer(Bytes.fromHex("16 0200 0001 01 16 0303 0001 01"));
        assertFails(DecodeFailure.RECORD_VERSION_NOT_TLS, AlertDescription.PROTOCOL_VERSION,
                () -> reader.read(in, RecordLimit.PLAINTEXT));

        assertFails(DecodeFailure.RECORD_VERSION_NOT_TLS, AlertDescription.PROTOCOL_VERSION,
                () -> reader.read(in, RecordLimit.PLAINTEXT));
    }

    @Property(tries = 10000)
    void recordsSplitIntoRandomChunksReadBackUnchanged(
            @ForAll("recordLists") List<TlsRecord> records, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        Bytes wire = stream(records);
        RecordReader reader = new RecordReader();
        List<TlsRecord> read = new ArrayList<>();
        int from = 0;
        for (int i = 0; from < wire.length(); i++) {
            int to = Math.min(wire.length(), from + chunkSizes.get(i % chunkSizes.size()));
            readAll(reader, wire.slice(from, to), read);
            from = to;
        }
        assertEquals(records, read);
        assertTrue(reader.isAtRecordBoundary());
    }

    @Property(tries = 10000)
    void randomBytesEndInRecordsOrAnAlertAndNeverOverBuffer(
            @ForAll("noisyStreams") byte[] wire, @ForAll("chunkSizes") List<Integer> chunkSizes,
            @ForAll RecordLimit limit) {
        RecordReader reader = new RecordReader();
        ByteBuffer in = ByteBuffer.wrap(wire);
        try {
            for (int i = 0; in.hasRemaining(); i++) {
                ByteBuffer chunk = in.slice();
                chunk.limit(Math.min(chunk.remaining(), chunkSizes.get(i % chunkSizes.size())));
                while (reader.read(chunk, limit).isPresent()) {
                    assertTrue(reader.buffered() <= RecordReader.MAX_BUFFERED);
                }
                assertTrue(reader.buffered() <= TlsRecord.HEADER_LENGTH + limit.maxFragmentLength());
                in.position(in.position() + chunk.position());
            }
        } catch (TlsAlert expected) {
            // A peer's bytes end in records or in one alert; nothing else may escape.
        }
    }

    @Provide
    Arbitrary<List<TlsRecord>> recordLists() {
        Arbitrary<ContentType> types = Arbitraries.of(ContentType.CHANGE_CIPHER_SPEC,
                ContentType.ALERT, ContentType.HANDSHAKE, ContentType.APPLICATION_DATA);
        Arbitrary<ProtocolVersion> versions = Arbitraries.integers().between(0x0300, 0x03ff)
                .map(ProtocolVersion::of);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0, 64)),
                Tuple.of(1, Arbitraries.integers().between(1, RecordLimit.PLAINTEXT.maxFragmentLength())));
        Arbitrary<TlsRecord> records = Combinators.combine(types, versions, lengths, Arbitraries.integers().between(0, 255))
                .as((type, version, length, fill) -> new TlsRecord(type, version, filled(
                        type.equals(ContentType.APPLICATION_DATA) ? length : Math.max(1, length), fill)));
        return records.list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 8)),
                Tuple.of(2, Arbitraries.integers().between(1, 200)),
                Tuple.of(1, Arbitraries.integers().between(1, RecordReader.MAX_BUFFERED + 10)))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    /** Random bytes, and records with plausible headers whose fields are sometimes broken. */
    @Provide
    Arbitrary<byte[]> noisyStreams() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> plausible = Combinators.combine(
                Arbitraries.of(0x14, 0x15, 0x16, 0x17, 0x00, 0x18, 0xff),
                Arbitraries.of(0x0301, 0x0303, 0x0304, 0x0200, 0xfefd),
                Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.integers().between(0, 40)),
                        Tuple.of(1, Arbitraries.integers().between(0x3ff0, 0x4810)),
                        Tuple.of(1, Arbitraries.integers().between(0, 0xffff))),
                Arbitraries.integers().between(0, 40))
                .as((type, version, length, present) -> TlsWriter.encode(w -> w.u8(type).u16(version)
                        .u16(length).bytes(Bytes.zeros(Math.min(length, present)))).toByteArray());
        return Arbitraries.oneOf(noise, plausible).list().ofMaxSize(6).map(RecordReaderTest::concat);
    }

    private static Bytes filled(int length, int fill) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) fill);
        return Bytes.of(b);
    }

    private static byte[] concat(List<byte[]> parts) {
        TlsWriter w = TlsWriter.create();
        parts.forEach(p -> w.bytes(Bytes.of(p)));
        return w.toBytes().toByteArray();
    }

    private static Bytes record(int type, int length) {
        return TlsWriter.encode(w -> w.u8(type).u16(0x0303).u16(length).bytes(Bytes.zeros(length)));
    }

    private static Bytes stream(List<TlsRecord> records) {
        TlsWriter w = TlsWriter.create();
        records.forEach(r -> r.encode(w));
        return w.toBytes();
    }

    private static ByteBuffer buffer(Bytes bytes) {
        return ByteBuffer.wrap(bytes.toByteArray());
    }

    private static void readAll(RecordReader reader, Bytes chunk, List<TlsRecord> into) {
        into.addAll(readAll(reader, buffer(chunk)));
    }

    private static List<TlsRecord> readAll(RecordReader reader, ByteBuffer in) {
        List<TlsRecord> read = new ArrayList<>();
        for (Optional<TlsRecord> r = reader.read(in, RecordLimit.PLAINTEXT); r.isPresent();
                r = reader.read(in, RecordLimit.PLAINTEXT)) {
            read.add(r.get());
        }
        assertFalse(in.hasRemaining());
        return read;
    }
}
