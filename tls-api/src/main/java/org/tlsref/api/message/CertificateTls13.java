package org.tlsref.api.message;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * Certificate, TLS 1.3 form (RFC 8446 §4.4.2).
 * <pre>{@code
 * struct {
 *     opaque certificate_request_context<0..2^8-1>;
 *     CertificateEntry certificate_list<0..2^24-1>;
 * } Certificate;
 * }</pre>
 * An empty certificate_list is how a client without a suitable certificate answers a
 * CertificateRequest (RFC 8446 §4.4.2).
 */
public record CertificateTls13(Bytes certificateRequestContext,
        List<CertificateEntry> certificateList) implements HandshakeMessage {

    /** Copies the list. */
    public CertificateTls13 {
        certificateList = List.copyOf(certificateList);
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.CERTIFICATE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.opaque8(0, 0xFF, certificateRequestContext);
        w.vector24(0, 0xFFFFFF, list -> certificateList.forEach(entry -> entry.encode(list)));
    }

    /** Decodes a whole body. */
    public static CertificateTls13 decode(TlsReader body) {
        Bytes context = body.opaque8(0, 0xFF);
        TlsReader list = body.vector24(0, 0xFFFFFF);
        List<CertificateEntry> entries = new ArrayList<>();
        while (list.hasRemaining()) {
            entries.add(CertificateEntry.decode(list));
        }
        body.expectEnd();
        return new CertificateTls13(context, entries);
    }
}
