package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.HandshakeType;

class CertificateTls12Test {
    private static final CertificateTls12 SAMPLE =
            new CertificateTls12(List.of(hex("308201"), hex("3003")));

    @Test
    void encodesEachCertificateWithItsOwnLength() {
        assertRoundTrip(SAMPLE, hex("00000b 000003 308201 000002 3003"), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void emptyListIsTheClientsNoCertificate() {
        assertRoundTrip(new CertificateTls12(List.of()), hex("000000"), DecodeContext.TLS12_RSA);
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
    void rejectsAnEmptyCertificate() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateTls12.decode(hex("000003 000000").reader()));
    }

    @Test
    void rejectsACertificateLongerThanTheList() {
        assertFails(DecodeFailure.TRUNCATED,
                () -> CertificateTls12.decode(hex("000004 000002 30").reader()));
    }

    @Test
    void tls12ContextDecodesTheTls12Form() {
        assertInstanceOf(CertificateTls12.class, HandshakeDecoder.decode(
                HandshakeType.CERTIFICATE, hex("000000"), DecodeContext.TLS12_RSA));
        assertInstanceOf(CertificateTls13.class, HandshakeDecoder.decode(
                HandshakeType.CERTIFICATE, hex("00 000000"), DecodeContext.TLS13));
    }
}
