package org.tlsref.api.message;

import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;

class ClientKeyExchangeEcdheTest {
    private static final ClientKeyExchangeEcdhe SAMPLE = new ClientKeyExchangeEcdhe(hex("04e1e2"));

    @Test
    void encodesThePointWithAOneByteLength() {
        assertRoundTrip(SAMPLE, hex("03 04e1e2"), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void rejectsAnEmptyPoint() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> ClientKeyExchangeEcdhe.decode(hex("00").reader()));
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS12_ECDHE);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS12_ECDHE);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS12_ECDHE,
                DecodeFailure.TRAILING_BYTES);
    }
}
