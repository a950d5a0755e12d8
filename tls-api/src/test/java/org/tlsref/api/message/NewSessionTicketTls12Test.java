package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;

class NewSessionTicketTls12Test {
    private static final NewSessionTicketTls12 SAMPLE =
            new NewSessionTicketTls12(7200, hex("deadbeef"));

    @Test
    void encodesHintThenTicket() {
        assertRoundTrip(SAMPLE, hex("00001c20 0004 deadbeef"), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void anEmptyTicketDeclinesToIssueOne() {
        assertRoundTrip(new NewSessionTicketTls12(0, Bytes.EMPTY), hex("00000000 0000"),
                DecodeContext.TLS12_RSA);
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

    @Test
    void theSameTypeDecodesToTheTls13FormInTls13() {
        assertInstanceOf(NewSessionTicketTls13.class, HandshakeDecoder.decode(
                HandshakeType.NEW_SESSION_TICKET, hex("00000000 00000000 00 0001 01 0000"),
                DecodeContext.TLS13));
    }
}
