package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * supported_versions, RFC 8446 §4.2.1: {@link SupportedVersionsClientHello},
 * {@link SupportedVersionsServerHello}.
 */
class SupportedVersionsTest {
    private static final ExtensionType TYPE = ExtensionType.SUPPORTED_VERSIONS;

    @Test
    void encodesTheRfc8448ClientList() {
        // RFC 8448 §3 ClientHello: 00 2b 00 03 02 03 04
        assertWire(SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3), "02 0304",
                CLIENT_HELLO);
    }

    @Test
    void greaseVersionsSurvive() {
        assertWire(SupportedVersionsClientHello.of(ProtocolVersion.of(0x7a7a),
                ProtocolVersion.TLS_1_3,
                ProtocolVersion.TLS_1_2), "06 7a7a 0304 0303", CLIENT_HELLO);
    }

    @Test
    void encodesTheRfc8448ServerSelection() {
        // RFC 8448 §3 ServerHello: 00 2b 00 02 03 04
        assertWire(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3), "0304",
                SERVER_HELLO, HELLO_RETRY_REQUEST);
    }

    @Test
    void rejectsEmptyList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "00");
    }

    @Test
    void rejectsOddLength() {
        assertRejected(DecodeFailure.LENGTH_NOT_MULTIPLE, TYPE, CLIENT_HELLO, "03 030403");
    }

    @Test
    void rejectsListLongerThan254Bytes() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO,
                "ff" + Bytes.zeros(255).toHex());
    }

    @Test
    void longestListIs127Versions() {
        SupportedVersionsClientHello longest = (SupportedVersionsClientHello) ExtensionWire.decode(
                TYPE, CLIENT_HELLO, "fe" + Bytes.zeros(254).toHex());
        assertEquals(127, longest.versions().size());
    }

    @Test
    void rejectsOneByteSelection() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, SERVER_HELLO, "03");
    }
}
