package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.CertificateStatusType;
import org.tlsref.api.registry.ExtensionType;

/**
 * status_request in a TLS 1.3 CertificateEntry, RFC 8446 §4.4.2.1: "the body of the
 * "status_request" extension from the server MUST be a CertificateStatus structure as defined in
 * [RFC6066]" (RFC 6066 §8), for status_type ocsp.
 * <pre>{@code
 * struct {
 *     CertificateStatusType status_type;
 *     select (status_type) {
 *         case ocsp: OCSPResponse;
 *     } response;
 * } CertificateStatus;
 *
 * opaque OCSPResponse<1..2^24-1>;
 * }</pre>
 * The same structure is the body of the TLS 1.2 CertificateStatus handshake message. A body of
 * another status_type cannot be parsed and stays an {@link UnknownExtension}.
 */
public record CertificateStatus(Bytes ocspResponse) implements Extension {
    /** Rejects null. */
    public CertificateStatus {
        Objects.requireNonNull(ocspResponse, "ocspResponse");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u8(CertificateStatusType.OCSP.code());
        w.opaque24(1, 0xFFFFFF, ocspResponse);
    }

    /** Reads a CertificateStatus; a status_type other than ocsp is illegal_parameter. */
    public static CertificateStatus decode(TlsReader r) {
        CertificateStatusType type = CertificateStatusType.of(r.u8());
        if (!type.equals(CertificateStatusType.OCSP)) {
            throw new TlsAlert(DecodeFailure.ILLEGAL_VALUE,
                    "CertificateStatus status_type " + type + " is not ocsp");
        }
        return new CertificateStatus(r.opaque24(1, 0xFFFFFF));
    }
}
