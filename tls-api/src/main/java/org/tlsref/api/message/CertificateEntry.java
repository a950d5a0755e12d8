package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;

/**
 * One certificate of a TLS 1.3 Certificate message with its extensions (RFC 8446 §4.4.2).
 * <pre>{@code
 * struct {
 *     select (certificate_type) {
 *         case RawPublicKey:
 *           // From RFC 7250 ASN.1_subjectPublicKeyInfo
 *           opaque ASN1_subjectPublicKeyInfo<1..2^24-1>;
 *
 *         case X509:
 *           opaque cert_data<1..2^24-1>;
 *     };
 *     Extension extensions<0..2^16-1>;
 * } CertificateEntry;
 * }</pre>
 * Both cases have the same wire form, so {@code certData} holds either; which one the peer meant
 * follows from the negotiated certificate type, not from the bytes.
 */
public record CertificateEntry(Bytes certData, Extensions extensions) {
    /** Writes the entry. */
    public void encode(TlsWriter w) {
        w.opaque24(1, 0xFFFFFF, certData);
        extensions.encode(w);
    }

    /** Reads one entry, extensions in the CT column of RFC 8446 §4.2. */
    public static CertificateEntry decode(TlsReader r) {
        Bytes certData = r.opaque24(1, 0xFFFFFF);
        Extensions extensions = Extensions.decode(r, ExtensionContext.CERTIFICATE);
        return new CertificateEntry(certData, extensions);
    }
}
