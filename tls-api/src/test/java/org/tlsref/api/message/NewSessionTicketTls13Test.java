package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;

class NewSessionTicketTls13Test {
    private static final NewSessionTicketTls13 SAMPLE = new NewSessionTicketTls13(0x1e,
            0xfad6aac5L, hex("0000"), hex("2c035d"),
            Extensions.of(new UnknownExtension(ExtensionType.of(0x8a8a), hex("00000400"))));

    @Test
    void encodesEveryFieldInRfcOrder() {
        assertRoundTrip(SAMPLE, hex("0000001e fad6aac5 02 0000 0003 2c035d 0008 8a8a 0004 00000400"),
                DecodeContext.TLS13);
    }

    @Test
    void lifetimesUseAllThirtyTwoBits() {
        NewSessionTicketTls13 ticket = new NewSessionTicketTls13(0xFFFFFFFFL, 0x80000000L,
                Bytes.EMPTY, hex("01"), Extensions.EMPTY);
        assertRoundTrip(ticket, hex("ffffffff 80000000 00 0001 01 0000"), DecodeContext.TLS13);
    }

    @Test
    void refusesLifetimesOutsideUint32() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewSessionTicketTls13(-1, 0, Bytes.EMPTY, hex("01"), Extensions.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new NewSessionTicketTls13(0,
                0x100000000L, Bytes.EMPTY, hex("01"), Extensions.EMPTY));
    }

    @Test
    void rejectsAnEmptyTicket() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> NewSessionTicketTls13.decode(hex("00000000 00000000 00 0000 0000").reader()));
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS13);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS13);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }
}
