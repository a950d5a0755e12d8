package org.tlsref.api.message;

import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ClientCertificateType;
import org.tlsref.api.registry.SignatureScheme;

class CertificateRequestTls12Test {
    private static final CertificateRequestTls12 SAMPLE = new CertificateRequestTls12(
            List.of(ClientCertificateType.RSA_SIGN, ClientCertificateType.ECDSA_SIGN),
            List.of(SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureScheme.ECDSA_SECP256R1_SHA256),
            List.of(hex("3003"), hex("30")));

    @Test
    void encodesTypesAlgorithmsThenAuthorities() {
        assertRoundTrip(SAMPLE, hex("02 01 40  0004 0804 0403  0007 0002 3003 0001 30"),
                DecodeContext.TLS12_ECDHE);
    }

    @Test
    void noAuthoritiesIsAnEmptyVector() {
        CertificateRequestTls12 request = new CertificateRequestTls12(
                List.of(ClientCertificateType.RSA_SIGN), List.of(SignatureScheme.RSA_PKCS1_SHA256),
                List.of());
        assertRoundTrip(request, hex("01 01 0002 0401 0000"), DecodeContext.TLS12_RSA);
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
    void rejectsEmptyCertificateTypes() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateRequestTls12.decode(hex("00 0002 0401 0000").reader()));
    }

    @Test
    void rejectsEmptySignatureAlgorithms() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateRequestTls12.decode(hex("01 01 0000 0000").reader()));
    }

    @Test
    void rejectsOddLengthSignatureAlgorithms() {
        assertFails(DecodeFailure.LENGTH_NOT_MULTIPLE,
                () -> CertificateRequestTls12.decode(hex("01 01 0003 040105 0000").reader()));
    }

    @Test
    void rejectsAnEmptyDistinguishedName() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateRequestTls12.decode(hex("01 01 0002 0401 0002 0000").reader()));
    }
}
