package org.tlsref.api.message;

import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;

class ServerKeyExchangeEcdheTest {
    private static final ServerKeyExchangeEcdhe SAMPLE = new ServerKeyExchangeEcdhe(
            new ServerEcdhParams(NamedGroup.SECP256R1, hex("04aabb")),
            SignatureScheme.RSA_PSS_RSAE_SHA256, hex("5151"));

    @Test
    void encodesParamsThenDigitallySigned() {
        assertRoundTrip(SAMPLE, hex("03 0017 03 04aabb  0804 0002 5151"), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS12_ECDHE);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS12_ECDHE);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS12_ECDHE,
                DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void explicitCurveIsHandshakeFailure() {
        Bytes body = hex("01 0017 03 04aabb 0804 0002 5151");
        assertFails(DecodeFailure.UNSUPPORTED_EC_CURVE_TYPE, () -> HandshakeDecoder.decode(
                HandshakeType.SERVER_KEY_EXCHANGE, body, DecodeContext.TLS12_ECDHE));
    }

    @Test
    void rsaKeyTransportHasNoServerKeyExchange() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(SAMPLE.encode(), DecodeContext.TLS12_RSA));
    }

    @Test
    void tls13HasNoServerKeyExchange() {
        assertFails(DecodeFailure.UNEXPECTED_MESSAGE,
                () -> HandshakeDecoder.decode(SAMPLE.encode(), DecodeContext.TLS13));
    }
}
