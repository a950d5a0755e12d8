package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.engine.record.Alerts.assertFails;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.engine.record.Rfc8448Records.TraceRecord;

class RecordOpenerTest {
    private static final Bytes KEY = Bytes.fromHex("000102030405060708090a0b0c0d0e0f");
    private static final Bytes IV = Bytes.fromHex("a0a1a2a3a4a5a6a7a8a9aaab");
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();

    static Stream<Arguments> protectedRecordsOnBothBackends() {
        List<Arguments> arguments = new ArrayList<>();
        for (TraceRecord record : Rfc8448Records.protectedRecords()) {
            for (Backend backend : Backend.values()) {
                arguments.add(Arguments.of(record, backend));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("protectedRecordsOnBothBackends")
    void opensEveryProtectedRecordOfRfc8448ToItsPayloadAndType(TraceRecord record, Backend backend) {
        assertEquals(0, record.paddingLength(), "the traces use no padding");
        RecordOpener opener = record.opener(backend.provider());
        ByteBuffer out = ByteBuffer.allocate(1 << 15);
        ContentType type = opener.open(ByteBuffer.wrap(record.wire().toByteArray()), out);
        assertEquals(record.contentType(), type);
        assertEquals(record.payload(), Bytes.of(out.array(), 0, out.position()));
        assertEquals(record.sequenceNumber() + 1, opener.sequenceNumber());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("protectedRecordsOnBothBackends")
    void aFlippedBitAnywhereAfterTheTypeIsBadRecordMacOrAWrongLength(TraceRecord record, Backend backend) {
        byte[] wire = record.wire().toByteArray();
        for (int i = 1; i < wire.length; i++) {
            byte[] tampered = wire.clone();
            tampered[i] ^= (byte) (1 << (i % 8));
            RecordOpener opener = record.opener(backend.provider());
            ByteBuffer in = ByteBuffer.wrap(tampered);
            ByteBuffer out = ByteBuffer.allocate(1 << 15);
            if (i == 3 || i == 4) {
                // The length field no longer matches the bytes that follow: not one record.
                assertThrows(IllegalArgumentException.class, () -> opener.open(in, out));
            } else {
                assertFails(CryptoFailure.BAD_RECORD_MAC, AlertDescription.BAD_RECORD_MAC,
                        () -> opener.open(in, out));
            }
        }
    }

    @Test
    void aRecordOpenedTwiceFailsTheSecondTimeBecauseTheSequenceNumberMoved() {
        Aead aead = aead();
        Bytes record = HandSealed.record(aead, IV, 0, HandSealed.inner(Bytes.ofUnsigned(1, 2), 23, 0));
        RecordOpener opener = RecordOpener.create(aead(), Secret.of(IV.toByteArray()));
        opener.open(buffer(record), ByteBuffer.allocate(100));
        assertFails(CryptoFailure.BAD_RECORD_MAC, AlertDescription.BAD_RECORD_MAC,
                () -> opener.open(buffer(record), ByteBuffer.allocate(100)));
    }

    @Test
    void stripsZeroPaddingAndReturnsTheInnerType() {
        Bytes content = Bytes.fromHex("0800000200000a");
        Bytes record = HandSealed.record(aead(), IV, 0, HandSealed.inner(content, 22, 300));
        ByteBuffer out = ByteBuffer.allocate(400);
        assertEquals(ContentType.HANDSHAKE, opener().open(buffer(record), out));
        assertEquals(content, Bytes.of(out.array(), 0, out.position()));
    }

    @Test
    void acceptsZeroLengthApplicationData() {
        Bytes record = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.EMPTY, 23, 5));
        ByteBuffer out = ByteBuffer.allocate(100);
        assertEquals(ContentType.APPLICATION_DATA, opener().open(buffer(record), out));
        assertEquals(0, out.position());
    }

    @Test
    void anAllZeroInnerPlaintextIsUnexpectedMessage() {
        Bytes record = HandSealed.record(aead(), IV, 0, Bytes.zeros(20));
        assertFails(DecodeFailure.MISSING_INNER_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener().open(buffer(record), ByteBuffer.allocate(100)));
    }

    @Test
    void anEmptyInnerPlaintextIsUnexpectedMessage() {
        Bytes record = HandSealed.record(aead(), IV, 0, Bytes.EMPTY);
        assertFails(DecodeFailure.MISSING_INNER_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener().open(buffer(record), ByteBuffer.allocate(100)));
    }

    @Test
    void aProtectedChangeCipherSpecIsUnexpectedMessage() {
        Bytes record = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.ofUnsigned(1), 20, 0));
        assertFails(DecodeFailure.PROTECTED_CHANGE_CIPHER_SPEC, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener().open(buffer(record), ByteBuffer.allocate(100)));
    }

    @Test
    void anUnknownInnerTypeIsUnexpectedMessage() {
        Bytes record = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.ofUnsigned(1), 24, 0));
        assertFails(DecodeFailure.UNEXPECTED_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener().open(buffer(record), ByteBuffer.allocate(100)));
    }

    @Test
    void emptyHandshakeOrAlertContentIsUnexpectedMessage() {
        for (int type : new int[] {21, 22}) {
            Bytes record = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.EMPTY, type, 3));
            assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                    () -> opener().open(buffer(record), ByteBuffer.allocate(100)));
        }
    }

    @Test
    void aCiphertextLongerThan2To14Plus256IsRecordOverflowBeforeDecrypting() {
        int length = (1 << 14) + 257;
        ByteBuffer record = ByteBuffer.allocate(5 + length);
        record.put(new byte[] {23, 3, 3, (byte) (length >>> 8), (byte) length}).clear();
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> opener().open(record, ByteBuffer.allocate(1 << 15)));
    }

    @Test
    void anInnerPlaintextOver2To14Plus1IsRecordOverflow() {
        Bytes record = HandSealed.record(aead(), IV, 0,
                HandSealed.inner(Bytes.zeros((1 << 14) + 1), 23, 0));
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> opener().open(buffer(record), ByteBuffer.allocate(1 << 15)));
    }

    @Test
    void anInnerPlaintextOverTheAdvertisedRecordSizeLimitIsRecordOverflow() {
        Bytes fits = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.zeros(63), 23, 0));
        Bytes tooLong = HandSealed.record(aead(), IV, 1, HandSealed.inner(Bytes.zeros(64), 23, 0));
        RecordOpener opener = opener();
        opener.open(buffer(fits), ByteBuffer.allocate(100), 64);
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> opener.open(buffer(tooLong), ByteBuffer.allocate(100), 64));
    }

    @Test
    void aCiphertextShorterThanTheTagIsBadRecordMac() {
        ByteBuffer record = ByteBuffer.wrap(new byte[] {23, 3, 3, 0, 3, 1, 2, 3});
        assertFails(CryptoFailure.BAD_RECORD_MAC, AlertDescription.BAD_RECORD_MAC,
                () -> opener().open(record, ByteBuffer.allocate(100)));
    }

    @Test
    void anOuterTypeOtherThanApplicationDataIsAnUnprotectedRecord() {
        Bytes sealed = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.ofUnsigned(1), 23, 0));
        byte[] wire = sealed.toByteArray();
        wire[0] = 22;
        assertFails(RecordFailure.UNPROTECTED_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener().open(ByteBuffer.wrap(wire), ByteBuffer.allocate(100)));
    }

    @Test
    void opensTheRecordOfSequenceNumber2To64Minus2ThenRefusesToWrap() {
        long secondLast = -2L;
        Bytes record = HandSealed.record(aead(), IV, secondLast, HandSealed.inner(Bytes.ofUnsigned(7), 23, 0));
        RecordOpener opener = RecordOpener.startingAt(aead(), Secret.of(IV.toByteArray()), secondLast);
        opener.open(buffer(record), ByteBuffer.allocate(100));
        Bytes last = HandSealed.record(aead(), IV, -1L, HandSealed.inner(Bytes.ofUnsigned(7), 23, 0));
        assertFails(RecordFailure.SEQUENCE_NUMBER_EXHAUSTED, AlertDescription.UNEXPECTED_MESSAGE,
                () -> opener.open(buffer(last), ByteBuffer.allocate(100)));
    }

    @Test
    void opensAFramedTlsRecord() {
        Bytes wire = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.ofUnsigned(9, 9), 21, 0));
        TlsRecord record = new TlsRecord(ContentType.APPLICATION_DATA,
                org.tlsref.api.registry.ProtocolVersion.of(0x0303), wire.slice(5, wire.length()));
        ByteBuffer out = ByteBuffer.allocate(100);
        assertEquals(ContentType.ALERT, opener().open(record, out));
        assertEquals(Bytes.ofUnsigned(9, 9), Bytes.of(out.array(), 0, out.position()));
    }

    @Test
    void refusesABufferThatIsNotExactlyOneRecordOrAnOutputWithoutRoom() {
        Bytes wire = HandSealed.record(aead(), IV, 0, HandSealed.inner(Bytes.zeros(50), 23, 0));
        ByteBuffer twoRecords = buffer(wire.concat(wire));
        assertThrows(IllegalArgumentException.class, () -> opener().open(twoRecords, ByteBuffer.allocate(100)));
        assertThrows(IllegalArgumentException.class, () -> opener().open(buffer(wire), ByteBuffer.allocate(50)));
        assertThrows(IllegalArgumentException.class,
                () -> opener().open(buffer(wire.slice(0, 4)), ByteBuffer.allocate(100)));
        assertThrows(IllegalArgumentException.class,
                () -> opener().open(buffer(wire), ByteBuffer.allocate(100), 0));
    }

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void refusesAnIvOfAnotherLengthThanTheNonce(AeadAlgorithm algorithm) {
        Aead aead = Backend.BOUNCY_CASTLE.provider().aead(algorithm, Secret.of(new byte[algorithm.keyLength()]));
        assertThrows(IllegalArgumentException.class, () -> RecordOpener.create(aead, Secret.of(new byte[8])));
    }

    private static Aead aead() {
        return PROVIDER.aead(AeadAlgorithm.AES_128_GCM, Secret.of(KEY.toByteArray()));
    }

    private static RecordOpener opener() {
        return RecordOpener.create(aead(), Secret.of(IV.toByteArray()));
    }

    private static ByteBuffer buffer(Bytes bytes) {
        return ByteBuffer.wrap(bytes.toByteArray());
    }
}
