package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.HandshakeType;

class EncryptedExtensionsTest {
    private static final EncryptedExtensions SAMPLE = new EncryptedExtensions(Extensions.of(
            new UnknownExtension(ExtensionType.of(0x4a4a), hex("01")),
            new UnknownExtension(ExtensionType.of(0xFEFE), Bytes.EMPTY)));

    @Test
    void encodesTheExtensionBlock() {
        assertRoundTrip(SAMPLE, hex("0009 4a4a 0001 01 fefe 0000"), DecodeContext.TLS13);
    }

    @Test
    void emptyBlockIsTwoZeroBytes() {
        assertRoundTrip(new EncryptedExtensions(Extensions.EMPTY), hex("0000"), DecodeContext.TLS13);
    }

    @Test
    void decodesTheRfc8448EncryptedExtensions() {
        // RFC 8448 §3, "construct an EncryptedExtensions handshake message" (40 octets).
        Bytes message = hex("080000240022000a00140012001d00170018001901000101010201030104001c00024001")
                .concat(hex("00000000"));
        HandshakeMessage decoded = HandshakeDecoder.decode(message, DecodeContext.TLS13);
        assertEquals(HandshakeType.ENCRYPTED_EXTENSIONS, decoded.type());
        assertEquals(List.of(ExtensionType.SUPPORTED_GROUPS, ExtensionType.RECORD_SIZE_LIMIT,
                ExtensionType.SERVER_NAME), ((EncryptedExtensions) decoded).extensions().types());
        assertEquals(message, decoded.encode());
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

    @Test
    void rejectsDuplicateExtensions() {
        assertFails(DecodeFailure.DUPLICATE_EXTENSION,
                () -> EncryptedExtensions.decode(hex("0008 4a4a 0000 4a4a 0000").reader()));
    }
}
