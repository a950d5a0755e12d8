package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/**
 * status_request, RFC 6066 §8 and RFC 8446 §4.4.2.1: {@link CertificateStatusRequest},
 * {@link StatusRequestServerHello}, {@link StatusRequestCertificateRequest},
 * {@link CertificateStatus}.
 */
class StatusRequestTest {
    private static final ExtensionType TYPE = ExtensionType.STATUS_REQUEST;

    @Test
    void plainOcspRequestIsTypeAndTwoEmptyVectors() {
        assertWire(CertificateStatusRequest.ocsp(), "01 0000 0000", CLIENT_HELLO);
    }

    @Test
    void responderIdsAndRequestExtensionsAreLengthPrefixed() {
        CertificateStatusRequest request = new CertificateStatusRequest(
                List.of(Bytes.fromHex("aabb"), Bytes.fromHex("cc")), Bytes.fromHex("3000"));
        assertWire(request, "01 0007 0002aabb 0001cc 00023000", CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyResponderId() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "01 0002 0000 0000");
    }

    @Test
    void requestOfAnotherStatusTypeStaysOpaque() {
        assertEquals(new UnknownExtension(TYPE, Bytes.fromHex("02 0000 0000")),
                decode(TYPE, CLIENT_HELLO, "02 0000 0000"));
    }

    @Test
    void decodingAnotherStatusTypeDirectlyIsIllegalParameter() {
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> CertificateStatusRequest.decode(Bytes.fromHex("02 0000 0000").reader()));
        assertEquals(DecodeFailure.ILLEGAL_VALUE, alert.reason());
    }

    @Test
    void tls12ServerHelloFormIsEmpty() {
        assertWire(new StatusRequestServerHello(), "", SERVER_HELLO);
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, SERVER_HELLO, "01 0000 0000");
    }

    @Test
    void certificateRequestFormIsEmpty() {
        // RFC 8446 §4.4.2.1: "by sending an empty "status_request" extension in its
        // CertificateRequest message"
        assertWire(new StatusRequestCertificateRequest(), "", CERTIFICATE_REQUEST);
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, CERTIFICATE_REQUEST, "01 0000 0000");
    }

    @Test
    void certificateEntryFormCarriesTheOcspResponse() {
        assertWire(new CertificateStatus(Bytes.fromHex("3003020100")), "01 000005 3003020100",
                CERTIFICATE);
    }

    @Test
    void rejectsEmptyOcspResponse() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CERTIFICATE, "01 000000");
    }

    @Test
    void emptyCertificateEntryFormIsTruncated() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CERTIFICATE, "");
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CLIENT_HELLO, "");
    }

    @Test
    void certificateStatusOfAnotherTypeIsIllegalParameter() {
        assertRejected(DecodeFailure.ILLEGAL_VALUE, TYPE, CERTIFICATE, "02 000001 00");
    }
}
