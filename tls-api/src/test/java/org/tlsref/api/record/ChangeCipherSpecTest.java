package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;

class ChangeCipherSpecTest {
    @Test
    void decodesTheSingleByte01() {
        assertEquals(ChangeCipherSpec.INSTANCE, ChangeCipherSpec.decodeRecord(Bytes.fromHex("01")));
    }

    @Test
    void encodesAsTheSingleByte01() {
        assertEquals(Bytes.fromHex("01"), TlsWriter.encode(ChangeCipherSpec.INSTANCE::encode));
        assertEquals(Bytes.fromHex("01"), ChangeCipherSpec.INSTANCE.toBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "02", "ff", "0101", "0100"})
    void anyOtherValueIsUnexpectedMessage(String hex) {
        assertFails(DecodeFailure.ILLEGAL_CHANGE_CIPHER_SPEC, AlertDescription.UNEXPECTED_MESSAGE,
                () -> ChangeCipherSpec.decodeRecord(Bytes.fromHex(hex)));
    }
}
