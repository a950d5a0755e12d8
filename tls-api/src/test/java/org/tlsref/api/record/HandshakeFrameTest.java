package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.HandshakeType;

class HandshakeFrameTest {
    @Test
    void ofPrependsTypeAndUint24Length() {
        HandshakeFrame frame = HandshakeFrame.of(HandshakeType.FINISHED, Bytes.fromHex("aabbcc"));

        assertEquals(Bytes.fromHex("14 000003 aabbcc"), frame.encoding());
    }

    @Test
    void bodyIsTheBytesAfterTheHeader() {
        HandshakeFrame frame = new HandshakeFrame(HandshakeType.FINISHED, Bytes.fromHex("14 000002 aabb"));

        assertEquals(Bytes.fromHex("aabb"), frame.body());
        assertEquals(2, frame.bodyLength());
    }

    @Test
    void bodyReaderIsBoundedToTheBodyAndStartsAtItsOffsetZero() {
        TlsReader r = new HandshakeFrame(HandshakeType.FINISHED, Bytes.fromHex("14 000002 aabb")).bodyReader();

        assertEquals(0, r.position());
        assertEquals(0xaabb, r.u16());
        r.expectEnd();
    }

    @Test
    void anEmptyBodyIsAFrame() {
        assertEquals(Bytes.fromHex("0e 000000"),
                HandshakeFrame.of(HandshakeType.SERVER_HELLO_DONE, Bytes.EMPTY).encoding());
    }

    @Test
    void refusesAnEncodingWhoseTypeOrLengthDisagrees() {
        assertThrows(IllegalArgumentException.class,
                () -> new HandshakeFrame(HandshakeType.FINISHED, Bytes.fromHex("01 000002 aabb")));
        assertThrows(IllegalArgumentException.class,
                () -> new HandshakeFrame(HandshakeType.FINISHED, Bytes.fromHex("14 000003 aabb")));
        assertThrows(IllegalArgumentException.class,
                () -> new HandshakeFrame(HandshakeType.FINISHED, Bytes.fromHex("14 0000")));
    }

    @Test
    void keepsAnUnknownType() {
        HandshakeFrame frame = HandshakeFrame.of(HandshakeType.of(0xfa), Bytes.fromHex("00"));

        assertEquals(HandshakeType.of(0xfa), frame.msgType());
    }
}
