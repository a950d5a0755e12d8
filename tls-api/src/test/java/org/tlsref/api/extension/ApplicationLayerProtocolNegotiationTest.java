package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/**
 * application_layer_protocol_negotiation, RFC 7301 §3.1:
 * {@link ApplicationLayerProtocolNegotiationClientHello},
 * {@link ApplicationLayerProtocolNegotiationServerHello}.
 */
class ApplicationLayerProtocolNegotiationTest {
    private static final ExtensionType TYPE = ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION;

    @Test
    void clientListIsLengthPrefixedNames() {
        assertWire(ApplicationLayerProtocolNegotiationClientHello.of("h2", "http/1.1"),
                "000c 02 6832 08 687474702f312e31", CLIENT_HELLO);
    }

    @Test
    void serverSelectionIsAListOfOne() {
        ApplicationLayerProtocolNegotiationServerHello selected =
                ApplicationLayerProtocolNegotiationServerHello.of("h2");
        assertEquals(Bytes.fromHex("6832"), selected.protocolName());
        assertWire(selected, "0003 02 6832", SERVER_HELLO, ENCRYPTED_EXTENSIONS);
    }

    @Test
    void serverListOfTwoNamesIsWrongElementCount() {
        assertRejected(DecodeFailure.WRONG_ELEMENT_COUNT, TYPE, ENCRYPTED_EXTENSIONS,
                "0006 02 6832 02 6833");
    }

    @Test
    void rejectsEmptyProtocolName() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0003 00 01 61");
    }

    @Test
    void rejectsEmptyAndOneByteLists() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0000");
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, SERVER_HELLO, "0001 00");
    }

    @Test
    void rejectsNameRunningPastTheList() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CLIENT_HELLO, "0003 05 6832 00");
    }

    @Test
    void longestProtocolNameIs255Bytes() {
        Bytes name = Bytes.zeros(255);
        assertWire(new ApplicationLayerProtocolNegotiationClientHello(List.of(name)),
                "0100 ff" + name.toHex(), CLIENT_HELLO);
    }
}
