package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;
import static org.tlsref.api.extension.ExtensionWire.encodeBlock;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.PskKeyExchangeMode;

/**
 * The extension blocks of the RFC 8448 §3 "Simple 1-RTT Handshake" ClientHello (145 bytes) and
 * ServerHello (46 bytes), one extension per line, decoded to typed forms and re-encoded.
 */
class Rfc8448ExtensionBlocksTest {
    private static final String CLIENT_HELLO_EXTENSIONS = String.join("",
            "0000000b0009000006736572766572",
            "ff01000100",
            "000a00140012001d00170018001901000101010201030104",
            "00230000",
            "003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c",
            "002b0003020304",
            "000d0020001e040305030603020308040805080604010501060102010402050206020202",
            "002d00020101",
            "001c00024001");
    private static final String SERVER_HELLO_EXTENSIONS = String.join("",
            "00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f",
            "002b00020304");

    @Test
    void clientHelloBlockDecodesToTypedFormsInOrder() {
        Extensions block = decodeBlock(CLIENT_HELLO, CLIENT_HELLO_EXTENSIONS);
        assertEquals(List.of(ExtensionType.SERVER_NAME, ExtensionType.RENEGOTIATION_INFO,
                ExtensionType.SUPPORTED_GROUPS, ExtensionType.SESSION_TICKET,
                        ExtensionType.KEY_SHARE,
                ExtensionType.SUPPORTED_VERSIONS, ExtensionType.SIGNATURE_ALGORITHMS,
                ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.RECORD_SIZE_LIMIT),
                        block.types());
        assertEquals("server",
                block.find(ServerNameClientHello.class).orElseThrow().hostName().orElseThrow());
        assertEquals(SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3),
                block.find(SupportedVersionsClientHello.class).orElseThrow());
        assertEquals(PskKeyExchangeModes.of(PskKeyExchangeMode.PSK_DHE_KE),
                block.find(PskKeyExchangeModes.class).orElseThrow());
        assertEquals(NamedGroup.X25519, block.find(KeyShareClientHello.class).orElseThrow()
                .clientShares().get(0).group());
        assertEquals(new RecordSizeLimit(0x4001), block.find(RecordSizeLimit.class).orElseThrow());
        ExtensionTable.validate(CLIENT_HELLO, block);
    }

    @Test
    void clientHelloBlockReencodesByteForByte() {
        Bytes wire = Bytes.fromHex(CLIENT_HELLO_EXTENSIONS);
        assertEquals(0x91, wire.length());
        assertEquals(wire, encodeBlock(decodeBlock(CLIENT_HELLO, CLIENT_HELLO_EXTENSIONS)));
    }

    @Test
    void serverHelloBlockAnswersTheClientHello() {
        Extensions offered = decodeBlock(CLIENT_HELLO, CLIENT_HELLO_EXTENSIONS);
        Extensions block = decodeBlock(SERVER_HELLO, SERVER_HELLO_EXTENSIONS);
        assertEquals(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3),
                block.find(SupportedVersionsServerHello.class).orElseThrow());
        assertEquals(NamedGroup.X25519, block.find(KeyShareServerHello.class).orElseThrow()
                .serverShare().group());
        ExtensionTable.validate(SERVER_HELLO, block);
        ExtensionTable.validateResponse(offered, SERVER_HELLO, block);
        assertEquals(Bytes.fromHex(SERVER_HELLO_EXTENSIONS), encodeBlock(block));
    }
}
