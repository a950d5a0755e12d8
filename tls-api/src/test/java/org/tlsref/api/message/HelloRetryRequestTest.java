package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.ProtocolVersion;

class HelloRetryRequestTest {
    private static final Extensions GREASE = Extensions.of(
            new UnknownExtension(ExtensionType.of(0x3a3a), hex("0304")));

    private static HelloRetryRequest retry() {
        return new HelloRetryRequest(ProtocolVersion.TLS_1_2, hex("0102"),
                CipherSuite.TLS_AES_256_GCM_SHA384, CompressionMethod.NULL, GREASE);
    }

    private static Bytes body() {
        return hex("0303").concat(HelloRetryRequest.RANDOM)
                .concat(hex("02 0102 1302 00 0006 3a3a 0002 0304"));
    }

    @Test
    void randomIsTheSha256OfHelloRetryRequest() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("HelloRetryRequest".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Bytes.of(digest), HelloRetryRequest.RANDOM);
        assertEquals(HelloRetryRequest.RANDOM, retry().random());
    }

    @Test
    void isSentAsServerHelloWithTheServerHelloStructure() {
        assertEquals(HandshakeType.SERVER_HELLO, retry().type());
        assertRoundTrip(retry(), body(), DecodeContext.TLS13);
    }

    @Test
    void decoderRecognisesTheSpecialRandomInEveryContext() {
        for (DecodeContext context : DecodeContext.values()) {
            HandshakeMessage decoded = HandshakeDecoder.decode(HandshakeType.SERVER_HELLO, body(), context);
            assertInstanceOf(HelloRetryRequest.class, decoded, context.name());
        }
    }

    @Test
    void aRandomDifferingInOneBitIsAServerHello() {
        Bytes random = HelloRetryRequest.RANDOM.slice(0, 31).concat(hex("9d"));
        Bytes body = hex("0303").concat(random).concat(hex("00 1301 00 0000"));
        assertFalse(HelloRetryRequest.isHelloRetryRequest(body));
        assertInstanceOf(ServerHello.class,
                HandshakeDecoder.decode(HandshakeType.SERVER_HELLO, body, DecodeContext.TLS13));
    }

    @Test
    void recognitionLooksOnlyAtTheRandomsPlace() {
        assertTrue(HelloRetryRequest.isHelloRetryRequest(body()));
        assertFalse(HelloRetryRequest.isHelloRetryRequest(HelloRetryRequest.RANDOM));
        assertFalse(HelloRetryRequest.isHelloRetryRequest(body().slice(0, 33)));
    }

    @Test
    void decodingAnOrdinaryRandomAsRetryIsRefused() {
        Bytes body = hex("0303").concat(repeat(5, 32)).concat(hex("00 1301 00 0000"));
        assertFails(DecodeFailure.NOT_HELLO_RETRY_REQUEST, () -> HelloRetryRequest.decode(body.reader()));
    }

    @Test
    void extensionsAreRequired() {
        Bytes withoutExtensions = hex("0303").concat(HelloRetryRequest.RANDOM).concat(hex("00 1301 00"));
        assertFails(DecodeFailure.TRUNCATED, () -> HandshakeDecoder.decode(
                HandshakeType.SERVER_HELLO, withoutExtensions, DecodeContext.TLS13));
    }

    @Test
    void extensionsShorterThanSixBytesAreOutOfRange() {
        Bytes body = hex("0303").concat(HelloRetryRequest.RANDOM).concat(hex("00 1301 00 0004 3a3a 0000"));
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, () -> HelloRetryRequest.decode(body.reader()));
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(retry(), DecodeContext.TLS13);
        assertEveryMessageTruncationFails(retry(), DecodeContext.TLS13);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(retry(), hex("00"), DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void decodesTheRfc8448RetryHead() {
        // RFC 8448 §5: the HelloRetryRequest starts 02 00 00 ac 03 03 cf 21 ad 74 ... 33 9c 00 13 01 00.
        Bytes start = hex("020000ac0303cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");
        assertTrue(HelloRetryRequest.isHelloRetryRequest(start.slice(4, start.length())));
    }
}
