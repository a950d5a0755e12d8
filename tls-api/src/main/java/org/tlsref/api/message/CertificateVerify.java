package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * CertificateVerify, one form for both versions (RFC 8446 §4.4.3; RFC 5246 §7.4.8, where the
 * body is a {@code digitally-signed struct} encoded as DigitallySigned, RFC 5246 §4.7).
 * <pre>{@code
 * struct {
 *     SignatureScheme algorithm;
 *     opaque signature<0..2^16-1>;
 * } CertificateVerify;
 * }</pre>
 */
public record CertificateVerify(SignatureScheme algorithm, Bytes signature)
        implements HandshakeMessage {

    @Override
    public HandshakeType type() {
        return HandshakeType.CERTIFICATE_VERIFY;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u16(algorithm.code());
        w.opaque16(0, 0xFFFF, signature);
    }

    /** Decodes a whole body. */
    public static CertificateVerify decode(TlsReader body) {
        SignatureScheme algorithm = SignatureScheme.of(body.u16());
        Bytes signature = body.opaque16(0, 0xFFFF);
        body.expectEnd();
        return new CertificateVerify(algorithm, signature);
    }
}
