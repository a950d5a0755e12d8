package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ExtensionType;

/** record_size_limit, RFC 8449 §4. */
class RecordSizeLimitTest {
    private static final ExtensionType TYPE = ExtensionType.RECORD_SIZE_LIMIT;

    @Test
    void encodesTheRfc8448ClientValue() {
        // RFC 8448 §3 ClientHello: 00 1c 00 02 40 01, the TLS 1.3 maximum 2^14 + 1
        assertWire(new RecordSizeLimit(16385), "4001", CLIENT_HELLO, SERVER_HELLO,
                ENCRYPTED_EXTENSIONS);
    }

    @Test
    void sixtyFourIsTheSmallestValue() {
        assertWire(new RecordSizeLimit(64), "0040", ENCRYPTED_EXTENSIONS);
    }

    @Test
    void valueBelow64IsIllegalParameter() {
        TlsAlert alert = assertRejected(DecodeFailure.RECORD_SIZE_LIMIT_TOO_SMALL, TYPE,
                ENCRYPTED_EXTENSIONS, "003f");
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, alert.description());
        assertRejected(DecodeFailure.RECORD_SIZE_LIMIT_TOO_SMALL, TYPE, CLIENT_HELLO, "0000");
    }

    @Test
    void valuesAboveTheProtocolMaximumAreLeftToTheEngine() {
        // RFC 8449 §4: "A server MUST NOT enforce this restriction"
        assertWire(new RecordSizeLimit(0xffff), "ffff", CLIENT_HELLO);
    }

    @Test
    void rejectsShortAndLongBodies() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, SERVER_HELLO, "40");
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, SERVER_HELLO, "400100");
    }
}
