package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.NamedGroup;

class ServerEcdhParamsTest {
    @Test
    void encodesNamedCurveTypeGroupAndPoint() {
        ServerEcdhParams params = new ServerEcdhParams(NamedGroup.X25519, hex("0102"));
        assertEquals(hex("03 001d 02 0102"), params.encode());
        assertEquals(params, ServerEcdhParams.decode(hex("03 001d 02 0102").reader()));
    }

    @Test
    void explicitAndUnknownCurveTypesAreHandshakeFailure() {
        for (int type : new int[] {0, 1, 2, 4, 248, 255}) {
            Bytes bytes = Bytes.ofUnsigned(type, 0x00, 0x17, 0x01, 0x04);
            var alert = assertFails(DecodeFailure.UNSUPPORTED_EC_CURVE_TYPE,
                    () -> ServerEcdhParams.decode(bytes.reader()));
            assertEquals(AlertDescription.HANDSHAKE_FAILURE, alert.description());
        }
    }

    @Test
    void rejectsAnEmptyPoint() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> ServerEcdhParams.decode(hex("03 0017 00").reader()));
    }

    @Test
    void keepsUnknownGroups() {
        ServerEcdhParams params = new ServerEcdhParams(NamedGroup.of(0x2a2a), hex("04"));
        assertEquals(params, ServerEcdhParams.decode(params.encode().reader()));
    }
}
