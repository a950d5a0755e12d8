package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

class TlsRecordTest {
    private static final Bytes HANDSHAKE_RECORD = Bytes.fromHex("16 0301 0004 01020304");

    @Test
    void decodesTypeVersionAndFragmentOfAHandBuiltRecord() {
        TlsRecord record = TlsRecord.decode(HANDSHAKE_RECORD.reader(), RecordLimit.PLAINTEXT);

        assertEquals(ContentType.HANDSHAKE, record.type());
        assertEquals(ProtocolVersion.TLS_1_0, record.legacyRecordVersion());
        assertEquals(Bytes.fromHex("01020304"), record.fragment());
    }

    @Test
    void encodesTheHeaderBeforeTheFragment() {
        TlsRecord record = new TlsRecord(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2,
                Bytes.fromHex("aabb"));

        assertEquals(Bytes.fromHex("17 0303 0002 aabb"), record.toBytes());
    }

    @Test
    void reEncodesADecodedRecordByteForByte() {
        assertEquals(HANDSHAKE_RECORD,
                TlsRecord.decode(HANDSHAKE_RECORD.reader(), RecordLimit.PLAINTEXT).toBytes());
    }

    @Test
    void leavesTheBytesAfterTheRecordInTheReader() {
        TlsReader r = HANDSHAKE_RECORD.concat(Bytes.fromHex("15")).reader();

        TlsRecord.decode(r, RecordLimit.PLAINTEXT);

        assertEquals(Bytes.fromHex("15"), r.rest());
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void acceptsAFragmentOfExactlyTheLimit(RecordLimit limit) {
        Bytes wire = record(0x17, 0x0303, limit.maxFragmentLength());

        assertEquals(limit.maxFragmentLength(),
                TlsRecord.decode(wire.reader(), limit).fragment().length());
    }

    @ParameterizedTest
    @EnumSource(RecordLimit.class)
    void aFragmentOneByteOverTheLimitIsRecordOverflow(RecordLimit limit) {
        Bytes wire = record(0x17, 0x0303, limit.maxFragmentLength() + 1);

        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> TlsRecord.decode(wire.reader(), limit));
    }

    @Test
    void anOversizedHeaderFailsWithoutItsFragment() {
        Bytes header = Bytes.fromHex("17 0303 4001");

        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> TlsRecord.decode(header.reader(), RecordLimit.PLAINTEXT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x13, 0x18, 0x19, 0x1a, 0x80, 0xff})
    void aContentTypeOtherThanTheFourDefinedIsUnexpectedMessage(int type) {
        Bytes wire = record(type, 0x0303, 1);

        assertFails(DecodeFailure.UNEXPECTED_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsRecord.decode(wire.reader(), RecordLimit.PLAINTEXT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x03ff})
    void anyLegacyRecordVersionWithMajorByte3IsAcceptedAndKept(int version) {
        Bytes wire = record(0x16, version, 1);

        assertEquals(ProtocolVersion.of(version),
                TlsRecord.decode(wire.reader(), RecordLimit.PLAINTEXT).legacyRecordVersion());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0000, 0x0002, 0x0200, 0x02ff, 0x0403, 0x1603, 0xfefd})
    void aLegacyRecordVersionWithAnotherMajorByteIsProtocolVersion(int version) {
        Bytes wire = record(0x16, version, 1);

        assertFails(DecodeFailure.RECORD_VERSION_NOT_TLS, AlertDescription.PROTOCOL_VERSION,
                () -> TlsRecord.decode(wire.reader(), RecordLimit.PLAINTEXT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x14, 0x15, 0x16})
    void aZeroLengthHandshakeAlertOrChangeCipherSpecRecordIsUnexpectedMessage(int type) {
        Bytes wire = record(type, 0x0303, 0);

        assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsRecord.decode(wire.reader(), RecordLimit.PLAINTEXT));
    }

    @Test
    void aZeroLengthApplicationDataRecordIsAccepted() {
        Bytes wire = record(0x17, 0x0303, 0);

        assertEquals(Bytes.EMPTY, TlsRecord.decode(wire.reader(), RecordLimit.PLAINTEXT).fragment());
    }

    @Test
    void everyTruncationIsTruncatedAndNoStrictPrefixDecodes() {
        for (int length = 0; length < HANDSHAKE_RECORD.length(); length++) {
            Bytes prefix = HANDSHAKE_RECORD.slice(0, length);
            assertFails(DecodeFailure.TRUNCATED, AlertDescription.DECODE_ERROR,
                    () -> TlsRecord.decode(prefix.reader(), RecordLimit.PLAINTEXT));
        }
    }

    @Test
    void encodingAFragmentLongerThanTheLengthFieldIsALocalError() {
        TlsRecord record = new TlsRecord(ContentType.APPLICATION_DATA, ProtocolVersion.TLS_1_2,
                Bytes.zeros(0x10000));

        assertThrows(IllegalArgumentException.class, record::toBytes);
    }

    @Test
    void encodesAFragmentOverTheProtocolLimitSoTestsCanSendOne() {
        TlsRecord record = new TlsRecord(ContentType.HANDSHAKE, ProtocolVersion.TLS_1_2,
                Bytes.zeros(0x4001));

        assertEquals(TlsRecord.HEADER_LENGTH + 0x4001, record.toBytes().length());
    }

    private static Bytes record(int type, int version, int length) {
        return TlsWriter.encode(w -> w.u8(type).u16(version).u16(length).bytes(Bytes.zeros(length)));
    }
}
