package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;

/**
 * key_share, RFC 8446 §4.2.8: {@link KeyShareEntry}, {@link KeyShareClientHello},
 * {@link KeyShareServerHello}, {@link KeyShareHelloRetryRequest}.
 */
class KeyShareTest {
    private static final ExtensionType TYPE = ExtensionType.KEY_SHARE;
    /** RFC 8448 §3, the client's X25519 public key. */
    private static final Bytes CLIENT_X25519 =
            Bytes.fromHex("99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c");
    /** RFC 8448 §3, the server's X25519 public key. */
    private static final Bytes SERVER_X25519 =
            Bytes.fromHex("c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f");

    @Test
    void encodesTheRfc8448ClientShare() {
        // RFC 8448 §3 ClientHello: 00 33 00 26 | 00 24 00 1d 00 20 99 38 ...
        KeyShareClientHello shares = new KeyShareClientHello(
                List.of(new KeyShareEntry(NamedGroup.X25519, CLIENT_X25519)));
        assertWire(shares, "0024 001d 0020" + CLIENT_X25519.toHex(), CLIENT_HELLO);
        assertEquals(Optional.of(shares.clientShares().get(0)), shares.shareFor(NamedGroup.X25519));
        assertEquals(Optional.empty(), shares.shareFor(NamedGroup.SECP256R1));
    }

    @Test
    void encodesTheRfc8448ServerShare() {
        // RFC 8448 §3 ServerHello: 00 33 00 24 | 00 1d 00 20 c9 82 ...
        assertWire(new KeyShareServerHello(new KeyShareEntry(NamedGroup.X25519, SERVER_X25519)),
                "001d 0020" + SERVER_X25519.toHex(), SERVER_HELLO);
    }

    @Test
    void emptyClientSharesAskForHelloRetryRequest() {
        assertWire(new KeyShareClientHello(List.of()), "0000", CLIENT_HELLO);
    }

    @Test
    void helloRetryRequestNamesTheGroup() {
        assertWire(new KeyShareHelloRetryRequest(NamedGroup.SECP256R1), "0017",
                HELLO_RETRY_REQUEST);
    }

    @Test
    void rejectsEmptyKeyExchange() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0004 001d 0000");
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, SERVER_HELLO, "001d 0000");
    }

    @Test
    void rejectsTwoSharesForOneGroup() {
        // RFC 8446 §4.2.8: "Clients MUST NOT offer multiple KeyShareEntry values for the same group"
        assertRejected(DecodeFailure.DUPLICATE_ENTRY, TYPE, CLIENT_HELLO,
                "000a 001d 0001 aa 001d 0001 bb");
    }

    @Test
    void rejectsShareRunningPastTheList() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CLIENT_HELLO, "0005 001d 0002 aa bb");
    }

    @Test
    void rejectsBytesAfterTheServerShare() {
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, SERVER_HELLO, "001d 0001 aa bb");
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, HELLO_RETRY_REQUEST, "0017 00");
    }

    @Test
    void inEncryptedExtensionsItHasNoFormAndStaysUnknown() {
        assertInstanceOf(UnknownExtension.class, decode(TYPE, ENCRYPTED_EXTENSIONS, "0017"));
    }
}
