package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

class RecordWriterTest {
    @Test
    void theDefaultFragmentSizeIs2To14() {
        assertEquals(16384, RecordWriter.DEFAULT.maxFragmentLength());
    }

    @Test
    void aPayloadOfExactly2To14FitsOneRecord() {
        List<TlsRecord> records = RecordWriter.DEFAULT.frame(
                ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.zeros(16384));

        assertEquals(1, records.size());
    }

    @Test
    void aPayloadOneByteOver2To14TakesTwoRecords() {
        List<TlsRecord> records = RecordWriter.DEFAULT.frame(
                ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.zeros(16385));

        assertEquals(List.of(16384, 1), lengths(records));
    }

    @Test
    void aLoweredLimitCutsThePayloadInOrder() {
        Bytes payload = Bytes.of(sequence(200));

        List<TlsRecord> records = new RecordWriter(64).frame(ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2, payload);

        assertEquals(List.of(64, 64, 64, 8), lengths(records));
        assertEquals(payload.slice(64, 128), records.get(1).fragment());
        records.forEach(r -> assertEquals(ContentType.HANDSHAKE, r.type()));
        records.forEach(r -> assertEquals(ProtocolVersion.TLS_1_2, r.legacyRecordVersion()));
    }

    @Test
    void encodeWritesTheFramedRecordsOneAfterAnother() {
        Bytes wire = new RecordWriter(2).encode(ContentType.HANDSHAKE, ProtocolVersion.TLS_1_0,
                Bytes.fromHex("010203"));

        assertEquals(Bytes.fromHex("16 0301 0002 0102  16 0301 0001 03"), wire);
    }

    @Test
    void anEmptyApplicationDataPayloadIsOneEmptyRecord() {
        List<TlsRecord> records = RecordWriter.DEFAULT.frame(
                ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, Bytes.EMPTY);

        assertEquals(List.of(0), lengths(records));
    }

    @Test
    void refusesToFrameAnEmptyHandshakeAlertOrChangeCipherSpecPayload() {
        for (ContentType type : List.of(ContentType.HANDSHAKE, ContentType.ALERT, ContentType.CHANGE_CIPHER_SPEC)) {
            assertThrows(IllegalArgumentException.class,
                    () -> RecordWriter.DEFAULT.frame(type, ProtocolVersion.TLS_1_2, Bytes.EMPTY), type.toString());
        }
    }

    @Test
    void refusesToFragmentAnAlert() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecordWriter(1).frame(ContentType.ALERT, ProtocolVersion.TLS_1_2, Bytes.fromHex("0228")));
    }

    @Test
    void refusesAFragmentSizeOutside1To2To14() {
        assertThrows(IllegalArgumentException.class, () -> new RecordWriter(0));
        assertThrows(IllegalArgumentException.class, () -> new RecordWriter(16385));
    }

    @Test
    void framedRecordsReadBackThroughTheRecordReader() {
        Bytes payload = Bytes.of(sequence(40000));
        Bytes wire = RecordWriter.DEFAULT.encode(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2, payload);

        RecordReader reader = new RecordReader();
        ByteBuffer in = ByteBuffer.wrap(wire.toByteArray());
        TlsWriter joined = TlsWriter.create();
        for (Optional<TlsRecord> r = reader.read(in, RecordLimit.PLAINTEXT); r.isPresent();
                r = reader.read(in, RecordLimit.PLAINTEXT)) {
            joined.bytes(r.get().fragment());
        }
        assertEquals(payload, joined.toBytes());
    }

    @Property(tries = 10000)
    void splitFragmentsAreFullExceptTheLastAndJoinToThePayload(
            @ForAll @IntRange(min = 0, max = 5000) int payloadLength,
            @ForAll @IntRange(min = 1, max = 16384) int maxFragmentLength) {
        Bytes payload = Bytes.of(sequence(payloadLength));

        List<Bytes> fragments = new RecordWriter(maxFragmentLength).split(payload);

        TlsWriter joined = TlsWriter.create();
        fragments.forEach(joined::bytes);
        assertEquals(payload, joined.toBytes());
        for (int i = 0; i < fragments.size() - 1; i++) {
            assertEquals(maxFragmentLength, fragments.get(i).length());
        }
        assertTrue(fragments.get(fragments.size() - 1).length() <= maxFragmentLength);
    }

    private static List<Integer> lengths(List<TlsRecord> records) {
        List<Integer> lengths = new ArrayList<>();
        records.forEach(r -> lengths.add(r.fragment().length()));
        return lengths;
    }

    private static byte[] sequence(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }
}
