package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.hex;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;

class HandshakeDecoderTest {
    /** The msg_type codes with a form in each context (RFC 8446 §4, RFC 5246 §7.4, RFC 8422). */
    private static final Map<DecodeContext, Set<Integer>> FORMS = Map.of(
            DecodeContext.TLS13, Set.of(1, 2, 4, 5, 8, 11, 13, 15, 20, 24),
            DecodeContext.TLS12_ECDHE, Set.of(0, 1, 2, 4, 11, 12, 13, 14, 15, 16, 20),
            DecodeContext.TLS12_RSA, Set.of(0, 1, 2, 4, 11, 13, 14, 15, 16, 20));

    @Test
    void eachContextHasFormsForExactlyItsMessageTypes() {
        for (DecodeContext context : DecodeContext.values()) {
            Set<Integer> decodable = new TreeSet<>();
            for (int code = 0; code <= 0xFF; code++) {
                if (hasForm(HandshakeType.of(code), context)) {
                    decodable.add(code);
                }
            }
            assertEquals(new TreeSet<>(FORMS.get(context)), decodable, context.name());
        }
    }

    private static boolean hasForm(HandshakeType type, DecodeContext context) {
        try {
            HandshakeDecoder.decode(type, Bytes.EMPTY, context);
            return true;
        } catch (TlsAlert alert) {
            return alert.reason() != DecodeFailure.UNEXPECTED_MESSAGE;
        }
    }

    @Test
    void unknownTypeIsUnexpectedMessage() {
        for (DecodeContext context : DecodeContext.values()) {
            assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                    () -> HandshakeDecoder.decode(hex("63 000000"), context));
        }
    }

    @Test
    void lengthShorterThanTheBytesIsTrailingBytes() {
        assertFails(DecodeFailure.TRAILING_BYTES,
                () -> HandshakeDecoder.decode(hex("14 000002 aabbcc"), DecodeContext.TLS13));
    }

    @Test
    void lengthLongerThanTheBytesIsTruncated() {
        assertFails(DecodeFailure.TRUNCATED,
                () -> HandshakeDecoder.decode(hex("14 000004 aabbcc"), DecodeContext.TLS13));
    }

    @Test
    void aHeaderCutShortIsTruncated() {
        assertFails(DecodeFailure.TRUNCATED, () -> HandshakeDecoder.decode(Bytes.EMPTY, DecodeContext.TLS13));
        assertFails(DecodeFailure.TRUNCATED, () -> HandshakeDecoder.decode(hex("14 0000"), DecodeContext.TLS13));
    }

    @Test
    void aBadLengthIsReportedEvenForAnUnknownType() {
        TlsAlert alert = assertFails(DecodeFailure.TRUNCATED,
                () -> HandshakeDecoder.decode(hex("63 000009 00"), DecodeContext.TLS12_RSA));
        assertNotEquals(DecodeFailure.UNEXPECTED_MESSAGE, alert.reason());
    }

    @Test
    void dispatchesToTheFormOfTheDialect() {
        assertInstanceOf(NewSessionTicketTls13.class, HandshakeDecoder.decode(
                hex("04 00000e 00000000 00000000 00 0001 01 0000"), DecodeContext.TLS13));
        assertInstanceOf(NewSessionTicketTls12.class, HandshakeDecoder.decode(
                hex("04 000006 00000000 0000"), DecodeContext.TLS12_ECDHE));
        assertInstanceOf(CertificateRequestTls13.class, HandshakeDecoder.decode(
                hex("0d 000003 00 0000"), DecodeContext.TLS13));
        assertInstanceOf(CertificateRequestTls12.class, HandshakeDecoder.decode(
                hex("0d 000008 01 01 0002 0401 0000"), DecodeContext.TLS12_RSA));
    }

    @Test
    void aTls13BodyInTheTls12DialectFailsAsDecodeErrorNotSomethingElse() {
        Bytes tls13Ticket = hex("04 00000e 00000000 00000000 00 0001 01 0000");
        assertFails(DecodeFailure.TRAILING_BYTES,
                () -> HandshakeDecoder.decode(tls13Ticket, DecodeContext.TLS12_ECDHE));
    }
}
