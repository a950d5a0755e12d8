package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.decode;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;

/**
 * The forms whose extension_data is empty: encrypt_then_mac (RFC 7366 §2), extended_master_secret
 * (RFC 7627 §5.1), post_handshake_auth (RFC 8446 §4.2.6), the server's server_name (RFC 6066 §3)
 * and status_request (RFC 6066 §8, RFC 8446 §4.4.2.1), session_ticket (RFC 5077 §3.2) and
 * early_data in CH and EE (RFC 8446 §4.2.10).
 */
class EmptyExtensionsTest {
    static Stream<Arguments> emptyForms() {
        return Stream.of(
                Arguments.of(new EncryptThenMac(), CLIENT_HELLO),
                Arguments.of(new EncryptThenMac(), SERVER_HELLO),
                Arguments.of(new ExtendedMasterSecret(), CLIENT_HELLO),
                Arguments.of(new ExtendedMasterSecret(), SERVER_HELLO),
                Arguments.of(new PostHandshakeAuth(), CLIENT_HELLO),
                Arguments.of(new ServerNameServerHello(), SERVER_HELLO),
                Arguments.of(new ServerNameServerHello(), ENCRYPTED_EXTENSIONS),
                Arguments.of(new StatusRequestServerHello(), SERVER_HELLO),
                Arguments.of(new StatusRequestCertificateRequest(), CERTIFICATE_REQUEST),
                Arguments.of(new SessionTicketServerHello(), SERVER_HELLO),
                Arguments.of(new EarlyDataClientHello(), CLIENT_HELLO),
                Arguments.of(new EarlyDataEncryptedExtensions(), ENCRYPTED_EXTENSIONS));
    }

    @ParameterizedTest
    @MethodSource("emptyForms")
    void encodesToNothingAndDecodesFromNothing(Extension form, ExtensionContext context) {
        assertEquals(Bytes.EMPTY, ExtensionWire.body(form));
        assertEquals(form, decode(form.type(), context, Bytes.EMPTY));
    }

    @ParameterizedTest
    @MethodSource("emptyForms")
    void anyBodyIsTrailingBytes(Extension form, ExtensionContext context) {
        assertRejected(DecodeFailure.TRAILING_BYTES, form.type(), context, "00");
    }

    @Test
    void extendedMasterSecretIsTheRfc7627Encoding() {
        // RFC 7627 §5.1: "the entire encoding of the extension is 00 17 00 00"
        assertEquals(Extensions.of(new ExtendedMasterSecret()), decodeBlock(SERVER_HELLO,
                "0017 0000"));
    }

    @Test
    void encryptThenMacIsType22WithNoData() {
        // RFC 7366 §2: "The "extension_type" value for this extension SHALL be 22 (0x16)"
        assertEquals(Extensions.of(new EncryptThenMac()), decodeBlock(CLIENT_HELLO, "0016 0000"));
    }
}
