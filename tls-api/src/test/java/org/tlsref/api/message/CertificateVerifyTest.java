package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;

class CertificateVerifyTest {
    private static final CertificateVerify SAMPLE =
            new CertificateVerify(SignatureScheme.ED25519, hex("a1a2a3"));

    @Test
    void encodesSchemeThenSignature() {
        assertRoundTrip(SAMPLE, hex("0807 0003 a1a2a3"), DecodeContext.TLS13);
    }

    @Test
    void isTheSameFormInBothVersions() {
        for (DecodeContext context : DecodeContext.values()) {
            assertEquals(SAMPLE, HandshakeDecoder.decode(SAMPLE.encode(), context), context.name());
        }
    }

    @Test
    void decodesTheRfc8448CertificateVerifyHead() {
        // RFC 8448 §3: "0f 00 00 84 08 04 00 80 ...": rsa_pss_rsae_sha256, 128-byte signature.
        Bytes body = hex("0804 0080").concat(MessageAssertions.repeat(0x5a, 0x80));
        CertificateVerify verify = CertificateVerify.decode(body.reader());
        assertEquals(SignatureScheme.RSA_PSS_RSAE_SHA256, verify.algorithm());
        assertEquals(128, verify.signature().length());
    }

    @Test
    void emptySignatureIsWellFormed() {
        assertRoundTrip(new CertificateVerify(SignatureScheme.of(0x0a0a), Bytes.EMPTY),
                hex("0a0a 0000"), DecodeContext.TLS12_ECDHE);
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS13);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS13);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }
}
