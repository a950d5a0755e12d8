package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.SignatureScheme;

/** signature_algorithms and signature_algorithms_cert, RFC 8446 §4.2.3. */
class SignatureAlgorithmsTest {
    /** RFC 8448 §3 ClientHello: 00 0d 00 20 | 00 1e 04 03 05 03 ... 02 02. */
    private static final String RFC8448_BODY =
            "001e 0403 0503 0603 0203 0804 0805 0806 0401 0501 0601 0201 0402 0502 0602 0202";

    @Test
    void decodesTheRfc8448ClientList() {
        SignatureAlgorithms decoded = (SignatureAlgorithms) decode(
                ExtensionType.SIGNATURE_ALGORITHMS, CLIENT_HELLO, RFC8448_BODY);
        assertEquals(15, decoded.supportedSignatureAlgorithms().size());
        assertEquals(SignatureScheme.ECDSA_SECP256R1_SHA256,
                decoded.supportedSignatureAlgorithms().get(0));
        assertEquals(SignatureScheme.of(0x0202), decoded.supportedSignatureAlgorithms().get(14));
        assertWire(decoded, RFC8448_BODY, CLIENT_HELLO, CERTIFICATE_REQUEST);
    }

    @Test
    void certFormHasTheSameBodyUnderItsOwnType() {
        SignatureAlgorithmsCert cert = SignatureAlgorithmsCert.of(SignatureScheme.ED25519,
                SignatureScheme.RSA_PSS_RSAE_SHA256);
        assertEquals(ExtensionType.SIGNATURE_ALGORITHMS_CERT, cert.type());
        assertWire(cert, "0004 0807 0804", CLIENT_HELLO, CERTIFICATE_REQUEST);
    }

    @Test
    void rejectsEmptyList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.SIGNATURE_ALGORITHMS,
                CERTIFICATE_REQUEST, "0000");
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.SIGNATURE_ALGORITHMS_CERT,
                CLIENT_HELLO, "0000");
    }

    @Test
    void rejectsOddLength() {
        assertRejected(DecodeFailure.LENGTH_NOT_MULTIPLE, ExtensionType.SIGNATURE_ALGORITHMS,
                CLIENT_HELLO, "0003 040305");
    }

    @Test
    void rejectsListLongerThan2To16Minus2() {
        // <2..2^16-2>: a declared length of 0xffff is out of range before anything is read
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.SIGNATURE_ALGORITHMS,
                CLIENT_HELLO, "ffff");
    }
}
