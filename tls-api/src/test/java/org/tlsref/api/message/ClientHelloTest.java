package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ProtocolVersion;

class ClientHelloTest {
    private static final Bytes RANDOM = repeat(0x11, 32);
    private static final Extensions GREASE_BLOCK = Extensions.of(
            new UnknownExtension(ExtensionType.of(0xFAFA), Bytes.ofUnsigned(0x00)));
    /** legacy_version, random, legacy_session_id, cipher_suites, compression_methods. */
    private static final Bytes FIXED_PART = hex("0303").concat(RANDOM)
            .concat(hex("02 aabb  0004 1301 0a0a  01 00"));

    private static ClientHello hello(Bytes sessionId, List<CipherSuite> suites,
            List<CompressionMethod> compression, ExtensionBlock extensions) {
        return new ClientHello(ProtocolVersion.TLS_1_2, RANDOM, sessionId, suites, compression,
                extensions);
    }

    private static ClientHello withExtensions() {
        return hello(hex("aabb"), List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.of(0x0a0a)),
                List.of(CompressionMethod.NULL), ExtensionBlock.present(GREASE_BLOCK));
    }

    private static ClientHello withoutExtensions() {
        return hello(hex("aabb"), List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.of(0x0a0a)),
                List.of(CompressionMethod.NULL), ExtensionBlock.ABSENT);
    }

    @Test
    void encodesEveryFieldInRfcOrder() {
        assertRoundTrip(withExtensions(), FIXED_PART.concat(hex("0005 fafa 0001 00")),
                DecodeContext.TLS13);
    }

    @Test
    void absentExtensionsWriteNothingAndDecodeAsAbsent() {
        assertRoundTrip(withoutExtensions(), FIXED_PART, DecodeContext.TLS12_ECDHE);
        ClientHello decoded = ClientHello.decode(FIXED_PART.reader());
        assertFalse(decoded.extensionBlock().isPresent());
        assertEquals(Extensions.EMPTY, decoded.extensions());
    }

    @Test
    void emptyExtensionBlockIsPresentAndDistinctFromAbsent() {
        ClientHello empty = hello(hex("aabb"),
                List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.of(0x0a0a)),
                List.of(CompressionMethod.NULL), ExtensionBlock.present(Extensions.EMPTY));
        assertRoundTrip(empty, FIXED_PART.concat(hex("0000")), DecodeContext.TLS12_RSA);
        assertTrue(empty.extensionBlock().isPresent());
        assertFalse(empty.equals(withoutExtensions()));
    }

    @Test
    void decodesTheRfc8448ClientHelloHead() {
        // RFC 8448 §3: legacy_version, random, empty session id, three suites, null compression.
        Bytes head = hex("0303 cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7")
                .concat(hex("00 0006 1301 1303 1302 0100"));
        Bytes body = head.concat(hex("000c 002b 0003 020304 ff01 0001 00"));
        ClientHello decoded = ClientHello.decode(body.reader());
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256,
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384),
                decoded.cipherSuites());
        assertEquals(Bytes.EMPTY, decoded.legacySessionId());
        assertEquals(List.of(ExtensionType.SUPPORTED_VERSIONS, ExtensionType.RENEGOTIATION_INFO),
                decoded.extensions().types());
        assertEquals(body, decoded.encodeBody());
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(withExtensions(), DecodeContext.TLS13);
    }

    @Test
    void everyBodyPrefixIsDecodeErrorExceptTheExtensionlessForm() {
        ClientHello hello = withExtensions();
        Bytes body = hello.encodeBody();
        for (int n = 0; n < body.length(); n++) {
            Bytes prefix = body.slice(0, n);
            if (n == FIXED_PART.length()) {
                assertEquals(withoutExtensions(), ClientHello.decode(prefix.reader()));
                continue;
            }
            TlsAlert alert = assertThrows(TlsAlert.class, () -> ClientHello.decode(prefix.reader()));
            assertEquals(AlertDescription.DECODE_ERROR, alert.description(), "prefix " + n);
        }
    }

    @Test
    void rejectsBytesAfterTheExtensionBlock() {
        assertBodyWithSuffixFails(withExtensions(), hex("00"), DecodeContext.TLS13,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void rejectsOneStrayByteWhereExtensionsWouldStart() {
        assertBodyWithSuffixFails(withoutExtensions(), hex("00"), DecodeContext.TLS13,
                DecodeFailure.TRUNCATED);
    }

    @Test
    void rejectsSessionIdLongerThan32Bytes() {
        Bytes body = hex("0303").concat(RANDOM).concat(hex("21")).concat(repeat(0, 33))
                .concat(hex("0002 1301 0100"));
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, () -> ClientHello.decode(body.reader()));
    }

    @Test
    void acceptsSessionIdOfExactly32Bytes() {
        ClientHello hello = hello(repeat(7, 32), List.of(CipherSuite.TLS_AES_128_GCM_SHA256),
                List.of(CompressionMethod.NULL), ExtensionBlock.ABSENT);
        assertEquals(hello, ClientHello.decode(hello.encodeBody().reader()));
    }

    @Test
    void rejectsEmptyCipherSuites() {
        Bytes body = hex("0303").concat(RANDOM).concat(hex("00 0000 0100"));
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, () -> ClientHello.decode(body.reader()));
    }

    @Test
    void rejectsOddLengthCipherSuites() {
        Bytes body = hex("0303").concat(RANDOM).concat(hex("00 0003 130113 0100"));
        assertFails(DecodeFailure.LENGTH_NOT_MULTIPLE, () -> ClientHello.decode(body.reader()));
    }

    @Test
    void rejectsEmptyCompressionMethods() {
        Bytes body = hex("0303").concat(RANDOM).concat(hex("00 0002 1301 00"));
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, () -> ClientHello.decode(body.reader()));
    }

    @Test
    void rejectsDuplicateExtensions() {
        Bytes body = FIXED_PART.concat(hex("0008 fafa 0000 fafa 0000"));
        assertFails(DecodeFailure.DUPLICATE_EXTENSION, () -> ClientHello.decode(body.reader()));
    }

    @Test
    void keepsUnknownVersionsSuitesAndCompressionMethods() {
        ClientHello hello = new ClientHello(ProtocolVersion.of(0x7a7a), RANDOM, Bytes.EMPTY,
                List.of(CipherSuite.of(0xEEEE)), List.of(CompressionMethod.of(0x40)),
                Extensions.EMPTY);
        assertEquals(hello, ClientHello.decode(hello.encodeBody().reader()));
    }

    @Test
    void strictWriterRefusesWhatTheRfcForbidsButLenientWriterWritesIt() {
        ClientHello tooLong = hello(repeat(1, 33), List.of(CipherSuite.TLS_AES_128_GCM_SHA256),
                List.of(CompressionMethod.NULL), ExtensionBlock.ABSENT);
        assertThrows(IllegalArgumentException.class, tooLong::encode);
        TlsWriter lenient = TlsWriter.lenient();
        tooLong.encodeBody(lenient);
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> ClientHello.decode(lenient.toBytes().reader()));
    }

    @Test
    void refusesARandomThatIsNot32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new ClientHello(ProtocolVersion.TLS_1_2,
                repeat(0, 31), Bytes.EMPTY, List.of(), List.of(), ExtensionBlock.ABSENT));
    }
}
