package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.EcPointFormat;
import org.tlsref.api.registry.ExtensionType;

/** ec_point_formats, RFC 8422 §5.1.2. */
class EcPointFormatsTest {
    @Test
    void uncompressedOnlyIsOneByteList() {
        assertWire(EcPointFormats.uncompressed(), "01 00", CLIENT_HELLO, SERVER_HELLO);
    }

    @Test
    void deprecatedAndReservedFormatsSurvive() {
        assertWire(new EcPointFormats(List.of(EcPointFormat.UNCOMPRESSED,
                        EcPointFormat.ANSIX962_COMPRESSED_PRIME, EcPointFormat.of(0xf8))),
                "03 00 01 f8", CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.EC_POINT_FORMATS,
                CLIENT_HELLO, "00");
    }

    @Test
    void rejectsListLongerThanTheBody() {
        assertRejected(DecodeFailure.TRUNCATED, ExtensionType.EC_POINT_FORMATS, SERVER_HELLO,
                "02 00");
    }
}
