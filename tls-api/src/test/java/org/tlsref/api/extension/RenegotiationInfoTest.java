package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** renegotiation_info, RFC 5746 §3.2. */
class RenegotiationInfoTest {
    @Test
    void initialHandshakeIsTheRfc5746Encoding() {
        // RFC 5746 §3.2: "the entire encoding of the extension is ff 01 00 01 00"
        assertEquals(Extensions.of(RenegotiationInfo.initial()), decodeBlock(SERVER_HELLO,
                "ff01 0001 00"));
        assertWire(RenegotiationInfo.initial(), "00", CLIENT_HELLO, SERVER_HELLO);
    }

    @Test
    void renegotiatingServerSendsBothVerifyDatas() {
        Bytes verifyData = Bytes.fromHex("0102030405060708090a0b0c0d0e0f101112131415161718");
        assertWire(new RenegotiationInfo(verifyData), "18" + verifyData.toHex(), SERVER_HELLO);
    }

    @Test
    void rejectsEmptyBody() {
        assertRejected(DecodeFailure.TRUNCATED, ExtensionType.RENEGOTIATION_INFO, CLIENT_HELLO, "");
    }

    @Test
    void rejectsLengthBeyondTheBody() {
        assertRejected(DecodeFailure.TRUNCATED, ExtensionType.RENEGOTIATION_INFO, CLIENT_HELLO,
                "0c 0102");
    }
}
