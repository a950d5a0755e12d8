package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;

class MessageHashTest {
    @Test
    void isType254WithTheHashAsBody() {
        // RFC 8446 §4.4.1: message_hash || 00 00 Hash.length || Hash(ClientHello1).
        Bytes hash = repeat(0xab, 32);
        MessageHash message = new MessageHash(hash);
        assertEquals(HandshakeType.MESSAGE_HASH, message.type());
        assertEquals(hex("fe000020").concat(hash), message.encode());
    }

    @Test
    void decodesItsOwnBody() {
        Bytes hash = repeat(0x01, 48);
        assertEquals(new MessageHash(hash), MessageHash.decode(hash.reader()));
    }

    @Test
    void isNeverAcceptedFromTheWire() {
        Bytes encoded = new MessageHash(repeat(0, 32)).encode();
        for (DecodeContext context : DecodeContext.values()) {
            assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                    () -> HandshakeDecoder.decode(encoded, context));
        }
    }
}
