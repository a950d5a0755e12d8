package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * signature_algorithms_cert, RFC 8446 §4.2.3, the same body in the ClientHello and the TLS 1.3
 * CertificateRequest: the algorithms accepted in certificates, where they differ from those for
 * CertificateVerify.
 * <pre>{@code
 * struct {
 *     SignatureScheme supported_signature_algorithms<2..2^16-2>;
 * } SignatureSchemeList;
 * }</pre>
 */
public record SignatureAlgorithmsCert(List<SignatureScheme> supportedSignatureAlgorithms)
        implements Extension {
    /** Copies the list. */
    public SignatureAlgorithmsCert {
        supportedSignatureAlgorithms = List.copyOf(supportedSignatureAlgorithms);
    }

    /** The list of these schemes, most preferred first. */
    public static SignatureAlgorithmsCert of(SignatureScheme... schemes) {
        return new SignatureAlgorithmsCert(List.of(schemes));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SIGNATURE_ALGORITHMS_CERT;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU16(w, 2, 0xFFFE, supportedSignatureAlgorithms, SignatureScheme::code);
    }

    /** Reads a SignatureSchemeList. */
    public static SignatureAlgorithmsCert decode(TlsReader r) {
        return new SignatureAlgorithmsCert(CodeVectors.decodeU16(
                r, 2, 0xFFFE, SignatureScheme::of, "supported_signature_algorithms"));
    }
}
