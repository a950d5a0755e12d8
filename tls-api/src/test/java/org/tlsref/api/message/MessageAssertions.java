package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.tlsref.api.AlertReason;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;

/** Checks every message codec test repeats: round trips, truncation, trailing bytes, reasons. */
final class MessageAssertions {
    private MessageAssertions() {
    }

    /** Decodes a body of the message's type through {@link HandshakeDecoder}. */
    static HandshakeMessage decodeBody(HandshakeMessage like, Bytes body, DecodeContext context) {
        return HandshakeDecoder.decode(like.type(), body, context);
    }

    /**
     * The message encodes to exactly {@code expectedBody} behind its header, decodes back to an
     * equal value in {@code context}, and that value re-encodes to the same bytes.
     */
    static void assertRoundTrip(HandshakeMessage message, Bytes expectedBody, DecodeContext context) {
        assertEquals(expectedBody, message.encodeBody());
        Bytes whole = message.encode();
        assertEquals(header(message, expectedBody.length()).concat(expectedBody), whole);
        HandshakeMessage decoded = HandshakeDecoder.decode(whole, context);
        assertEquals(message, decoded);
        assertEquals(whole, decoded.encode());
    }

    /** Every strict prefix of the body fails with a decode_error alert, and nothing else. */
    static void assertEveryBodyTruncationFails(HandshakeMessage message, DecodeContext context) {
        Bytes body = message.encodeBody();
        for (int n = 0; n < body.length(); n++) {
            Bytes prefix = body.slice(0, n);
            TlsAlert alert = assertThrows(TlsAlert.class,
                    () -> decodeBody(message, prefix, context), "prefix of " + n + " bytes");
            assertEquals(AlertDescription.DECODE_ERROR, alert.description(), alert.getMessage());
        }
    }

    /** Every strict prefix of the whole message fails with a decode_error alert. */
    static void assertEveryMessageTruncationFails(HandshakeMessage message, DecodeContext context) {
        Bytes whole = message.encode();
        for (int n = 0; n < whole.length(); n++) {
            Bytes prefix = whole.slice(0, n);
            TlsAlert alert = assertThrows(TlsAlert.class,
                    () -> HandshakeDecoder.decode(prefix, context), "prefix of " + n + " bytes");
            assertEquals(AlertDescription.DECODE_ERROR, alert.description(), alert.getMessage());
        }
    }

    /** Decoding the body followed by {@code extra} fails for {@code reason}. */
    static void assertBodyWithSuffixFails(HandshakeMessage message, Bytes extra,
            DecodeContext context, AlertReason reason) {
        Bytes body = message.encodeBody().concat(extra);
        assertFails(reason, () -> decodeBody(message, body, context));
    }

    /** {@code action} throws a TlsAlert for exactly {@code reason}; returns it. */
    static TlsAlert assertFails(AlertReason reason, Executable action) {
        TlsAlert alert = assertThrows(TlsAlert.class, action);
        assertEquals(reason, alert.reason(), alert.getMessage());
        return alert;
    }

    /** {@code msg_type} and the uint24 length of a body of {@code length} bytes. */
    static Bytes header(HandshakeMessage message, int length) {
        return Bytes.ofUnsigned(message.type().code(), length >>> 16, (length >>> 8) & 0xFF,
                length & 0xFF);
    }

    /** {@code n} copies of {@code value}. */
    static Bytes repeat(int value, int n) {
        int[] values = new int[n];
        java.util.Arrays.fill(values, value);
        return Bytes.ofUnsigned(values);
    }

    /** Hex with spaces allowed, for hand-checked encodings. */
    static Bytes hex(String hex) {
        return Bytes.fromHex(hex);
    }
}
