package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.decode;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;
import static org.tlsref.api.extension.ExtensionWire.encodeBlock;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** padding, RFC 7685 §3. */
class PaddingTest {
    @Test
    void decodesTheRfc7685TenByteExample() {
        // RFC 7685 §3: "00 15 00 06 00 00 00 00 00 00"
        Extensions block = decodeBlock(CLIENT_HELLO, "0015 0006 000000000000");
        assertEquals(Extensions.of(new Padding(6)), block);
        assertEquals(Bytes.fromHex("0015 0006 000000000000"), encodeBlock(block));
    }

    @Test
    void smallestPaddingIsEmpty() {
        // RFC 7685 §3: "the smallest "padding" extension is four bytes long ... 0x00 0x15 0x00 0x00"
        assertEquals(Extensions.of(new Padding(0)), decodeBlock(CLIENT_HELLO, "0015 0000"));
    }

    @Test
    void nonZeroByteIsIllegalParameter() {
        assertRejected(DecodeFailure.ILLEGAL_VALUE, ExtensionType.PADDING, CLIENT_HELLO,
                "0000 01 00");
    }

    @Test
    void serverPaddingHasNoFormAndStaysUnknown() {
        assertEquals(new UnknownExtension(ExtensionType.PADDING, Bytes.zeros(2)),
                decode(ExtensionType.PADDING, SERVER_HELLO, "0000"));
    }

    @Test
    void negativeLengthIsALocalError() {
        assertThrows(IllegalArgumentException.class, () -> new Padding(-1));
    }
}
