package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;

class FinishedTest {
    @Test
    void bodyIsVerifyDataWithoutALength() {
        assertRoundTrip(new Finished(repeat(0xc3, 12)), repeat(0xc3, 12), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void decodesTheRfc8448ServerFinished() {
        // RFC 8448 §3, "construct a Finished handshake message" (server, 36 octets).
        Bytes verifyData = hex("9b9b141d906337fbd2cbdce71df4deda4ab42c309572cb7fffee5454b78f0718");
        Bytes message = hex("14000020").concat(verifyData);
        assertEquals(new Finished(verifyData), HandshakeDecoder.decode(message, DecodeContext.TLS13));
        assertEquals(message, new Finished(verifyData).encode());
    }

    @Test
    void verifyDataIsTheWholeBodyWhateverItsLength() {
        for (int n : new int[] {0, 12, 32, 48, 64}) {
            Bytes body = repeat(n, n);
            assertEquals(new Finished(body),
                    HandshakeDecoder.decode(HandshakeType.FINISHED, body, DecodeContext.TLS13));
        }
    }

    @Test
    void everyTruncationOfTheMessageIsDecodeError() {
        assertEveryMessageTruncationFails(new Finished(repeat(1, 32)), DecodeContext.TLS13);
    }
}
