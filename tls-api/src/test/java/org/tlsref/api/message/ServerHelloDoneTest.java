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

class ServerHelloDoneTest {
    @Test
    void isTypeFourteenWithAnEmptyBody() {
        assertEquals(hex("0e000000"), new ServerHelloDone().encode());
        assertRoundTrip(new ServerHelloDone(), Bytes.EMPTY, DecodeContext.TLS12_ECDHE);
    }

    @Test
    void rejectsANonEmptyBody() {
        assertBodyWithSuffixFails(new ServerHelloDone(), hex("00"), DecodeContext.TLS12_RSA,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(new ServerHelloDone(), DecodeContext.TLS12_RSA);
    }

    @Test
    void hasNoTls13Form() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(hex("0e000000"), DecodeContext.TLS13));
    }
}
