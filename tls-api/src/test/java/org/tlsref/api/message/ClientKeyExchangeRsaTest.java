package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;

class ClientKeyExchangeRsaTest {
    private static final ClientKeyExchangeRsa SAMPLE = new ClientKeyExchangeRsa(hex("c1c2c3c4"));

    @Test
    void encodesTheCiphertextWithATwoByteLength() {
        assertRoundTrip(SAMPLE, hex("0004 c1c2c3c4"), DecodeContext.TLS12_RSA);
    }

    @Test
    void aTwoHundredFiftySixByteCiphertextRoundTrips() {
        Bytes ciphertext = repeat(0x77, 256);
        assertRoundTrip(new ClientKeyExchangeRsa(ciphertext), hex("0100").concat(ciphertext),
                DecodeContext.TLS12_RSA);
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS12_RSA);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS12_RSA);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS12_RSA,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void theKeyExchangeInTheContextPicksTheForm() {
        assertInstanceOf(ClientKeyExchangeRsa.class,
                HandshakeDecoder.decode(hex("10000003 0001 04"), DecodeContext.TLS12_RSA));
        assertInstanceOf(ClientKeyExchangeEcdhe.class,
                HandshakeDecoder.decode(hex("10000002 01 04"), DecodeContext.TLS12_ECDHE));
    }

    @Test
    void tls13HasNoClientKeyExchange() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(SAMPLE.encode(), DecodeContext.TLS13));
    }
}
