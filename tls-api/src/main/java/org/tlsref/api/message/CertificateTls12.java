package org.tlsref.api.message;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * Certificate, TLS 1.2 form (RFC 5246 §7.4.2, and §7.4.6 for the client's).
 * <pre>{@code
 * opaque ASN.1Cert<1..2^24-1>;
 *
 * struct {
 *     ASN.1Cert certificate_list<0..2^24-1>;
 * } Certificate;
 * }</pre>
 * An empty list is a client's "no certificate" (RFC 5246 §7.4.6).
 */
public record CertificateTls12(List<Bytes> certificateList) implements HandshakeMessage {
    /** Copies the list. */
    public CertificateTls12 {
        certificateList = List.copyOf(certificateList);
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.CERTIFICATE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.vector24(0, 0xFFFFFF, list -> certificateList.forEach(
                cert -> list.opaque24(1, 0xFFFFFF, cert)));
    }

    /** Decodes a whole body. */
    public static CertificateTls12 decode(TlsReader body) {
        TlsReader list = body.vector24(0, 0xFFFFFF);
        List<Bytes> certificates = new ArrayList<>();
        while (list.hasRemaining()) {
            certificates.add(list.opaque24(1, 0xFFFFFF));
        }
        body.expectEnd();
        return new CertificateTls12(certificates);
    }
}
