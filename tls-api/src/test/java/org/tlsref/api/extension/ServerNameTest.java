package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
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
import org.tlsref.api.registry.ServerNameType;

/**
 * server_name, RFC 6066 §3: {@link ServerName}, {@link ServerNameClientHello},
 * {@link ServerNameServerHello}.
 */
class ServerNameTest {
    private static final ExtensionType TYPE = ExtensionType.SERVER_NAME;

    @Test
    void hostNameEncodesAsInTheRfc8448ClientHello() {
        // RFC 8448 §3: 00 00 00 0b | 00 09 00 00 06 73 65 72 76 65 72
        assertWire(ServerNameClientHello.ofHostName("server"), "0009 00 0006 736572766572",
                CLIENT_HELLO, CERTIFICATE_REQUEST);
    }

    @Test
    void hostNameIsReadBackAsText() {
        ServerNameClientHello sni = (ServerNameClientHello) decode(TYPE, CLIENT_HELLO,
                "0012 00 000f 6578616d706c652e6578616d706c65");
        assertEquals(Optional.of("example.example"), sni.hostName());
    }

    @Test
    void unknownNameTypeIsKeptWithItsLengthPrefixedName() {
        ServerNameClientHello expected = new ServerNameClientHello(List.of(
                new ServerName(ServerNameType.of(7), Bytes.EMPTY),
                ServerName.hostName("a")));
        assertWire(expected, "0007 07 0000 00 0001 61", CLIENT_HELLO);
        assertEquals(Optional.of("a"), expected.hostName());
    }

    @Test
    void listWithoutHostNameHasNoHostName() {
        ServerNameClientHello other = new ServerNameClientHello(
                List.of(new ServerName(ServerNameType.of(1), Bytes.ofUnsigned(0xaa))));
        assertEquals(Optional.empty(), other.hostName());
    }

    @Test
    void rejectsEmptyServerNameList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0000");
    }

    @Test
    void rejectsEmptyHostName() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0003 00 0000");
    }

    @Test
    void rejectsTwoNamesOfTheSameType() {
        assertRejected(DecodeFailure.DUPLICATE_ENTRY, TYPE, CLIENT_HELLO,
                "0009 00 0001 61 00 0002 6262");
    }

    @Test
    void rejectsNameRunningPastTheList() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CLIENT_HELLO, "0004 00 0005 61 626364");
    }

    @Test
    void rejectsBytesAfterTheList() {
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, CLIENT_HELLO, "0004 00 0001 61 ff");
    }

    @Test
    void serverFormIsEmptyInServerHelloAndEncryptedExtensions() {
        assertWire(new ServerNameServerHello(), "", SERVER_HELLO, ENCRYPTED_EXTENSIONS);
    }

    @Test
    void serverFormWithABodyIsTrailingBytes() {
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, ENCRYPTED_EXTENSIONS, "0004 00 0001 61");
    }

    @Test
    void nonAsciiHostNameIsALocalError() {
        assertThrows(IllegalArgumentException.class, () -> ServerName.hostName("bücher.example"));
    }

    @Test
    void strictWriterRefusesAnEmptyList() {
        ServerNameClientHello empty = new ServerNameClientHello(List.of());
        assertThrows(IllegalArgumentException.class, () -> ExtensionWire.body(empty));
        assertEquals(Bytes.fromHex("0000"), ExtensionWire.lenientBody(empty));
    }
}
