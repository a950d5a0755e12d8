package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.KeyUpdateRequest;

class KeyUpdateTest {
    @Test
    void encodesTheRequestAsOneByte() {
        assertRoundTrip(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED), hex("00"),
                DecodeContext.TLS13);
        assertRoundTrip(new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED), hex("01"),
                DecodeContext.TLS13);
        assertEquals(hex("18000001 01"), new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED).encode());
    }

    @Test
    void everyOtherValueIsIllegalParameter() {
        for (int value = 2; value <= 0xFF; value++) {
            Bytes body = Bytes.ofUnsigned(value);
            var alert = assertFails(DecodeFailure.UNKNOWN_KEY_UPDATE_REQUEST,
                    () -> KeyUpdate.decode(body.reader()));
            assertEquals(AlertDescription.ILLEGAL_PARAMETER, alert.description());
        }
    }

    @Test
    void everyTruncationIsDecodeError() {
        KeyUpdate update = new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        assertEveryBodyTruncationFails(update, DecodeContext.TLS13);
        assertEveryMessageTruncationFails(update, DecodeContext.TLS13);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED), hex("00"),
                DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void trailingBytesAreReportedBeforeAnUnknownValue() {
        assertFails(DecodeFailure.TRAILING_BYTES, () -> KeyUpdate.decode(hex("0700").reader()));
    }

    @Test
    void hasNoTls12Form() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(hex("18000001 00"), DecodeContext.TLS12_RSA));
    }
}
