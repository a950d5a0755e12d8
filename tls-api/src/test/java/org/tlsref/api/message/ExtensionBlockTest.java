package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;

class ExtensionBlockTest {
    @Test
    void absentWritesNothingAndHoldsNoExtensions() {
        assertEquals(Bytes.EMPTY, TlsWriter.encode(ExtensionBlock.ABSENT::encode));
        assertEquals(Extensions.EMPTY, ExtensionBlock.ABSENT.extensions());
        assertFalse(ExtensionBlock.ABSENT.isPresent());
    }

    @Test
    void presentEmptyWritesAZeroLength() {
        ExtensionBlock empty = ExtensionBlock.present(Extensions.EMPTY);
        assertEquals(hex("0000"), TlsWriter.encode(empty::encode));
        assertTrue(empty.isPresent());
        assertNotEquals(ExtensionBlock.ABSENT, empty);
    }

    @Test
    void decodesAbsentWhenNoByteRemains() {
        assertEquals(ExtensionBlock.ABSENT,
                ExtensionBlock.decode(Bytes.EMPTY.reader(), ExtensionContext.CLIENT_HELLO));
    }

    @Test
    void decodesPresentWhenBytesRemain() {
        ExtensionBlock block = ExtensionBlock.decode(hex("0004 9a9a 0000").reader(),
                ExtensionContext.SERVER_HELLO);
        assertEquals(ExtensionBlock.present(Extensions.of(
                new UnknownExtension(ExtensionType.of(0x9a9a), Bytes.EMPTY))), block);
    }
}
