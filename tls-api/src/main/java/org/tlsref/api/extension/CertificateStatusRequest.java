package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.CertificateStatusType;
import org.tlsref.api.registry.ExtensionType;

/**
 * status_request as the client sends it in its ClientHello, RFC 6066 §8, for status_type ocsp.
 * <pre>{@code
 * struct {
 *     CertificateStatusType status_type;
 *     select (status_type) {
 *         case ocsp: OCSPStatusRequest;
 *     } request;
 * } CertificateStatusRequest;
 *
 * struct {
 *     ResponderID responder_id_list<0..2^16-1>;
 *     Extensions  request_extensions;
 * } OCSPStatusRequest;
 *
 * opaque ResponderID<1..2^16-1>;
 * opaque Extensions<0..2^16-1>;
 * }</pre>
 * ResponderIDs and request_extensions are DER kept as opaque bytes. The struct defines no other
 * status_type; a request of another type cannot be parsed and is kept as an
 * {@link UnknownExtension} by {@link ExtensionCodecs}, so the server ignores it.
 */
public record CertificateStatusRequest(List<Bytes> responderIdList, Bytes requestExtensions)
        implements Extension {
    /** Copies the list and rejects nulls. */
    public CertificateStatusRequest {
        responderIdList = List.copyOf(responderIdList);
        Objects.requireNonNull(requestExtensions, "requestExtensions");
    }

    /** The common request: no responder list, no request extensions. */
    public static CertificateStatusRequest ocsp() {
        return new CertificateStatusRequest(List.of(), Bytes.EMPTY);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u8(CertificateStatusType.OCSP.code());
        w.vector16(0, 0xFFFF, list -> responderIdList.forEach(id -> list.opaque16(1, 0xFFFF, id)));
        w.opaque16(0, 0xFFFF, requestExtensions);
    }

    /** Reads a CertificateStatusRequest; a status_type other than ocsp is illegal_parameter. */
    public static CertificateStatusRequest decode(TlsReader r) {
        CertificateStatusType type = CertificateStatusType.of(r.u8());
        if (!type.equals(CertificateStatusType.OCSP)) {
            throw new TlsAlert(DecodeFailure.ILLEGAL_VALUE,
                    "CertificateStatusRequest status_type " + type + " is not ocsp");
        }
        TlsReader list = r.vector16(0, 0xFFFF);
        List<Bytes> responderIds = new ArrayList<>();
        while (list.hasRemaining()) {
            responderIds.add(list.opaque16(1, 0xFFFF));
        }
        return new CertificateStatusRequest(responderIds, r.opaque16(0, 0xFFFF));
    }
}
