package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.decode;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/**
 * session_ticket, RFC 5077 §3.2: {@link SessionTicketClientHello},
 * {@link SessionTicketServerHello}.
 */
class SessionTicketTest {
    private static final ExtensionType TYPE = ExtensionType.SESSION_TICKET;

    @Test
    void emptyTicketAsksForOne() {
        // RFC 8448 §3 ClientHello: 00 23 00 00
        assertEquals(Extensions.of(SessionTicketClientHello.empty()), decodeBlock(CLIENT_HELLO,
                "0023 0000"));
    }

    @Test
    void ticketIsTheWholeBodyWithoutALengthOfItsOwn() {
        SessionTicketClientHello ticket = new SessionTicketClientHello(Bytes.fromHex("0003aabbcc"));
        assertEquals(Bytes.fromHex("0003aabbcc"), ExtensionWire.body(ticket));
        assertEquals(ticket, decode(TYPE, CLIENT_HELLO, "0003aabbcc"));
    }

    @Test
    void serverFormIsEmpty() {
        assertEquals(new SessionTicketServerHello(), decode(TYPE, SERVER_HELLO, ""));
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, SERVER_HELLO, "aa");
    }
}
