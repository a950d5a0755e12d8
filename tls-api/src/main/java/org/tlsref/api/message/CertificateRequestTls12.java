package org.tlsref.api.message;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ClientCertificateType;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * CertificateRequest, TLS 1.2 form (RFC 5246 §7.4.4, certificate types of RFC 8422 §5.5).
 * <pre>{@code
 * opaque DistinguishedName<1..2^16-1>;
 *
 * struct {
 *     ClientCertificateType certificate_types<1..2^8-1>;
 *     SignatureAndHashAlgorithm
 *       supported_signature_algorithms<2^16-1>;
 *     DistinguishedName certificate_authorities<0..2^16-1>;
 * } CertificateRequest;
 * }</pre>
 * RFC 5246 §7.4.4 writes the middle bound as {@code <2^16-1>}; this codec uses
 * {@code <2..2^16-2>}, the bound RFC 5246 §7.4.1.4.1 gives the same list in the
 * signature_algorithms extension, since an empty list or a half pair cannot be meant. Each
 * SignatureAndHashAlgorithm pair is read as the {@link SignatureScheme} with the same code
 * (RFC 8446 §4.2.3). A DistinguishedName is kept as its DER bytes.
 */
public record CertificateRequestTls12(List<ClientCertificateType> certificateTypes,
        List<SignatureScheme> supportedSignatureAlgorithms, List<Bytes> certificateAuthorities)
        implements HandshakeMessage {

    /** Copies the lists. */
    public CertificateRequestTls12 {
        certificateTypes = List.copyOf(certificateTypes);
        supportedSignatureAlgorithms = List.copyOf(supportedSignatureAlgorithms);
        certificateAuthorities = List.copyOf(certificateAuthorities);
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.CERTIFICATE_REQUEST;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        CodeLists.encodeU8(w, 1, 0xFF, certificateTypes, ClientCertificateType::code);
        CodeLists.encodeU16(w, 2, 0xFFFE, supportedSignatureAlgorithms, SignatureScheme::code);
        w.vector16(0, 0xFFFF, list -> certificateAuthorities.forEach(
                name -> list.opaque16(1, 0xFFFF, name)));
    }

    /** Decodes a whole body. */
    public static CertificateRequestTls12 decode(TlsReader body) {
        List<ClientCertificateType> types =
                CodeLists.decodeU8(body, 1, 0xFF, ClientCertificateType::of);
        List<SignatureScheme> algorithms =
                CodeLists.decodeU16(body, 2, 0xFFFE, SignatureScheme::of);
        TlsReader list = body.vector16(0, 0xFFFF);
        List<Bytes> authorities = new ArrayList<>();
        while (list.hasRemaining()) {
            authorities.add(list.opaque16(1, 0xFFFF));
        }
        body.expectEnd();
        return new CertificateRequestTls12(types, algorithms, authorities);
    }
}
