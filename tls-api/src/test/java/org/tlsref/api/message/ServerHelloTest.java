package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ProtocolVersion;

class ServerHelloTest {
    private static final Bytes RANDOM = repeat(0x22, 32);
    /** legacy_version, random, session id echo, cipher_suite, compression method. */
    private static final Bytes FIXED_PART = hex("0303").concat(RANDOM).concat(hex("01 99 c02f 00"));

    private static ServerHello tls12(ExtensionBlock extensions) {
        return new ServerHello(ProtocolVersion.TLS_1_2, RANDOM, hex("99"),
                CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CompressionMethod.NULL, extensions);
    }

    @Test
    void encodesEveryFieldInRfcOrder() {
        ServerHello hello = tls12(ExtensionBlock.present(Extensions.of(
                new UnknownExtension(ExtensionType.of(0x1a1a), Bytes.EMPTY))));
        assertRoundTrip(hello, FIXED_PART.concat(hex("0004 1a1a 0000")), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void tls12ServerHelloWithoutExtensionsRoundTrips() {
        assertRoundTrip(tls12(ExtensionBlock.ABSENT), FIXED_PART, DecodeContext.TLS12_RSA);
        assertFalse(ServerHello.decode(FIXED_PART.reader()).extensionBlock().isPresent());
    }

    @Test
    void emptyExtensionBlockRoundTripsAsPresent() {
        assertRoundTrip(tls12(ExtensionBlock.present(Extensions.EMPTY)), FIXED_PART.concat(hex("0000")),
                DecodeContext.TLS12_ECDHE);
    }

    @Test
    void decodesTheRfc8448ServerHello() {
        // RFC 8448 §3, "construct a ServerHello handshake message" (90 octets).
        Bytes message = hex("020000560303")
                .concat(hex("a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928"))
                .concat(hex("00 1301 00 002e"))
                .concat(hex("00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"))
                .concat(hex("002b00020304"));
        HandshakeMessage decoded = HandshakeDecoder.decode(message, DecodeContext.TLS13);
        ServerHello hello = assertInstanceOf(ServerHello.class, decoded);
        assertEquals(ProtocolVersion.TLS_1_2, hello.legacyVersion());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, hello.cipherSuite());
        assertEquals(CompressionMethod.NULL, hello.legacyCompressionMethod());
        assertEquals(List.of(ExtensionType.KEY_SHARE, ExtensionType.SUPPORTED_VERSIONS),
                hello.extensions().types());
        assertEquals(message, hello.encode());
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(tls12(ExtensionBlock.present(Extensions.EMPTY)),
                DecodeContext.TLS12_ECDHE);
    }

    @Test
    void everyBodyPrefixIsDecodeErrorExceptTheExtensionlessForm() {
        Bytes body = FIXED_PART.concat(hex("0000"));
        for (int n = 0; n < body.length(); n++) {
            Bytes prefix = body.slice(0, n);
            if (n == FIXED_PART.length()) {
                assertEquals(tls12(ExtensionBlock.ABSENT), ServerHello.decode(prefix.reader()));
                continue;
            }
            TlsAlert alert = assertThrows(TlsAlert.class, () -> ServerHello.decode(prefix.reader()));
            assertEquals(AlertDescription.DECODE_ERROR, alert.description(), "prefix " + n);
        }
    }

    @Test
    void rejectsBytesAfterTheExtensionBlock() {
        assertBodyWithSuffixFails(tls12(ExtensionBlock.present(Extensions.EMPTY)), hex("01"),
                DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void rejectsSessionIdEchoLongerThan32Bytes() {
        Bytes body = hex("0303").concat(RANDOM).concat(hex("21")).concat(repeat(0, 33))
                .concat(hex("1301 00"));
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, () -> ServerHello.decode(body.reader()));
    }

    @Test
    void keepsUnknownCipherSuiteAndCompressionValuesForTheEngineToJudge() {
        ServerHello hello = new ServerHello(ProtocolVersion.of(0x0304), RANDOM, Bytes.EMPTY,
                CipherSuite.of(0xFFFF), CompressionMethod.of(1), Extensions.EMPTY);
        assertEquals(hello, ServerHello.decode(hello.encodeBody().reader()));
    }
}
