package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.AlertLevel;

class AlertTest {
    @Test
    void decodesLevelThenDescription() {
        assertEquals(new Alert(AlertLevel.FATAL, AlertDescription.HANDSHAKE_FAILURE),
                Alert.decodeRecord(Bytes.fromHex("02 28")));
    }

    @Test
    void encodesLevelThenDescription() {
        assertEquals(Bytes.fromHex("02 32"), Alert.fatal(AlertDescription.DECODE_ERROR).toBytes());
    }

    @Test
    void closeNotifyIsSentAsAWarning() {
        assertEquals(Bytes.fromHex("01 00"), Alert.CLOSE_NOTIFY.toBytes());
    }

    @Test
    void keepsUnknownLevelsAndDescriptions() {
        Alert alert = Alert.decodeRecord(Bytes.fromHex("07 fe"));

        assertEquals(AlertLevel.of(7), alert.level());
        assertEquals(AlertDescription.of(0xfe), alert.description());
        assertEquals(Bytes.fromHex("07 fe"), alert.toBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02"})
    void anAlertRecordShorterThanTwoBytesIsDecodeError(String hex) {
        assertFails(DecodeFailure.TRUNCATED, AlertDescription.DECODE_ERROR,
                () -> Alert.decodeRecord(Bytes.fromHex(hex)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02 28 00", "01 00 01 00"})
    void anAlertRecordLongerThanTwoBytesIsDecodeError(String hex) {
        assertFails(DecodeFailure.TRAILING_BYTES, AlertDescription.DECODE_ERROR,
                () -> Alert.decodeRecord(Bytes.fromHex(hex)));
    }

    @Test
    void decodeFromAReaderLeavesWhatFollows() {
        TlsReader r = Bytes.fromHex("01 00 ff").reader();

        assertEquals(Alert.CLOSE_NOTIFY, Alert.decode(r));
        assertEquals(1, r.remaining());
    }
}
