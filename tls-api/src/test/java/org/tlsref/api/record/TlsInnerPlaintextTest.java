package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ContentType;

class TlsInnerPlaintextTest {
    @Test
    void encodesContentThenTypeThenZeroPadding() {
        TlsInnerPlaintext inner = new TlsInnerPlaintext(Bytes.fromHex("0102"), ContentType.HANDSHAKE, 3);

        assertEquals(Bytes.fromHex("0102 16 000000"), inner.toBytes());
    }

    @Test
    void decodeScansBackPastThePaddingToTheType() {
        TlsInnerPlaintext inner = TlsInnerPlaintext.decode(Bytes.fromHex("0102 15 0000"));

        assertEquals(new TlsInnerPlaintext(Bytes.fromHex("0102"), ContentType.ALERT, 2), inner);
    }

    @Test
    void contentEndingInZeroBytesKeepsThem() {
        TlsInnerPlaintext inner = TlsInnerPlaintext.decode(Bytes.fromHex("0000 17 000000"));

        assertEquals(new TlsInnerPlaintext(Bytes.fromHex("0000"), ContentType.APPLICATION_DATA, 3), inner);
    }

    @Test
    void anUnpaddedRecordHasPaddingLengthZero() {
        assertEquals(TlsInnerPlaintext.unpadded(Bytes.fromHex("aa"), ContentType.APPLICATION_DATA),
                TlsInnerPlaintext.decode(Bytes.fromHex("aa 17")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 20})
    void allZeroCleartextIsUnexpectedMessage(int length) {
        assertFails(DecodeFailure.MISSING_INNER_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsInnerPlaintext.decode(Bytes.zeros(length)));
    }

    @Test
    void acceptsExactly2To14Plus1Octets() {
        Bytes plaintext = Bytes.zeros(16384).concat(Bytes.fromHex("17"));

        assertEquals(16384, TlsInnerPlaintext.decode(plaintext).content().length());
    }

    @Test
    void oneOctetOver2To14Plus1IsRecordOverflowEvenWhenItIsPadding() {
        Bytes plaintext = Bytes.fromHex("aa 17").concat(Bytes.zeros(16384));

        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> TlsInnerPlaintext.decode(plaintext));
    }

    @Test
    void aLoweredLimitIsAppliedToTheWholeInnerPlaintext() {
        Bytes atLimit = Bytes.zeros(62).concat(Bytes.fromHex("17 00"));

        assertEquals(62, TlsInnerPlaintext.decode(atLimit, 64).content().length());
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> TlsInnerPlaintext.decode(atLimit.concat(Bytes.zeros(1)), 64));
    }

    @Test
    void refusesALimitAboveTheProtocolMaximum() {
        assertThrows(IllegalArgumentException.class,
                () -> TlsInnerPlaintext.decode(Bytes.fromHex("17"), TlsInnerPlaintext.MAX_LENGTH + 1));
    }

    @Test
    void aProtectedChangeCipherSpecIsUnexpectedMessage() {
        assertFails(DecodeFailure.PROTECTED_CHANGE_CIPHER_SPEC, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsInnerPlaintext.decode(Bytes.fromHex("01 14")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x18, 0x19, 0xff})
    void anUndefinedInnerTypeIsUnexpectedMessage(int type) {
        Bytes plaintext = Bytes.ofUnsigned(0xaa, type, 0);

        assertFails(DecodeFailure.UNEXPECTED_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsInnerPlaintext.decode(plaintext));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x15, 0x16})
    void emptyHandshakeOrAlertContentIsUnexpectedMessage(int type) {
        Bytes plaintext = Bytes.ofUnsigned(type, 0, 0);

        assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> TlsInnerPlaintext.decode(plaintext));
    }

    @Test
    void emptyApplicationDataContentIsAllowed() {
        assertEquals(Bytes.EMPTY, TlsInnerPlaintext.decode(Bytes.fromHex("17 0000")).content());
    }

    @Property(tries = 10000)
    void decodeInvertsEncode(@ForAll @Size(min = 1, max = 300) byte[] content,
            @ForAll("innerTypes") ContentType type, @ForAll @IntRange(max = 300) int paddingLength) {
        TlsInnerPlaintext inner = new TlsInnerPlaintext(Bytes.of(content), type, paddingLength);

        assertEquals(inner, TlsInnerPlaintext.decode(inner.toBytes()));
    }

    @Provide
    Arbitrary<ContentType> innerTypes() {
        return Arbitraries.of(ContentType.ALERT, ContentType.HANDSHAKE, ContentType.APPLICATION_DATA);
    }
}
