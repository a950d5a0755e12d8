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

class HelloRequestTest {
    @Test
    void isTypeZeroWithAnEmptyBody() {
        assertEquals(hex("00000000"), new HelloRequest().encode());
        assertRoundTrip(new HelloRequest(), Bytes.EMPTY, DecodeContext.TLS12_RSA);
    }

    @Test
    void rejectsANonEmptyBody() {
        assertBodyWithSuffixFails(new HelloRequest(), hex("01"), DecodeContext.TLS12_ECDHE,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(new HelloRequest(), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void hasNoTls13Form() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(hex("00000000"), DecodeContext.TLS13));
    }
}
