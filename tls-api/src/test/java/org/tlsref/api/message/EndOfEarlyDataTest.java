package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;

class EndOfEarlyDataTest {
    @Test
    void isTheRfc8448FourByteMessage() {
        // RFC 8448 §4: "EndOfEarlyData (4 octets):  05 00 00 00".
        assertEquals(hex("05000000"), new EndOfEarlyData().encode());
        assertRoundTrip(new EndOfEarlyData(), Bytes.EMPTY, DecodeContext.TLS13);
    }

    @Test
    void rejectsANonEmptyBody() {
        assertBodyWithSuffixFails(new EndOfEarlyData(), hex("00"), DecodeContext.TLS13,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(new EndOfEarlyData(), DecodeContext.TLS13);
    }

    @Test
    void hasNoTls12Form() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(hex("05000000"), DecodeContext.TLS12_ECDHE));
    }
}
