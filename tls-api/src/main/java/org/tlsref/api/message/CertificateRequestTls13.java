package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.registry.HandshakeType;

/**
 * CertificateRequest, TLS 1.3 form (RFC 8446 §4.3.2; RFC 9846 §4.4.2).
 * <pre>{@code
 * struct {
 *     opaque certificate_request_context<0..2^8-1>;
 *     Extension extensions<0..2^16-1>;
 * } CertificateRequest;
 * }</pre>
 * RFC 8446 declared {@code extensions<2..2^16-1>}; RFC 9846 §4.4.2 relaxed it to
 * {@code <0..2^16-1>}, which this codec follows. The required signature_algorithms extension is
 * the engine's to check (missing_extension).
 */
public record CertificateRequestTls13(Bytes certificateRequestContext, Extensions extensions)
        implements HandshakeMessage {

    @Override
    public HandshakeType type() {
        return HandshakeType.CERTIFICATE_REQUEST;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.opaque8(0, 0xFF, certificateRequestContext);
        extensions.encode(w);
    }

    /** Decodes a whole body, extensions in the CR column of RFC 8446 §4.2. */
    public static CertificateRequestTls13 decode(TlsReader body) {
        Bytes context = body.opaque8(0, 0xFF);
        Extensions extensions = Extensions.decode(body, ExtensionContext.CERTIFICATE_REQUEST);
        body.expectEnd();
        return new CertificateRequestTls13(context, extensions);
    }
}
