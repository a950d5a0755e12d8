package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * signature_algorithms, RFC 8446 §4.2.3, the same body in the ClientHello and the TLS 1.3
 * CertificateRequest; in TLS 1.2 (RFC 5246 §7.4.1.4.1) the same two-byte codes are
 * SignatureAndHashAlgorithm pairs.
 * <pre>{@code
 * struct {
 *     SignatureScheme supported_signature_algorithms<2..2^16-2>;
 * } SignatureSchemeList;
 * }</pre>
 */
public record SignatureAlgorithms(List<SignatureScheme> supportedSignatureAlgorithms)
        implements Extension {
    /** Copies the list. */
    public SignatureAlgorithms {
        supportedSignatureAlgorithms = List.copyOf(supportedSignatureAlgorithms);
    }

    /** The list of these schemes, most preferred first. */
    public static SignatureAlgorithms of(SignatureScheme... schemes) {
        return new SignatureAlgorithms(List.of(schemes));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SIGNATURE_ALGORITHMS;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU16(w, 2, 0xFFFE, supportedSignatureAlgorithms, SignatureScheme::code);
    }

    /** Reads a SignatureSchemeList. */
    public static SignatureAlgorithms decode(TlsReader r) {
        return new SignatureAlgorithms(CodeVectors.decodeU16(
                r, 2, 0xFFFE, SignatureScheme::of, "supported_signature_algorithms"));
    }
}
