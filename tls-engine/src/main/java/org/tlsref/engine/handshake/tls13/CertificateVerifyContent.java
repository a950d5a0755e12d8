package org.tlsref.engine.handshake.tls13;

import java.nio.charset.StandardCharsets;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;

/**
 * What a TLS 1.3 CertificateVerify signs (RFC 8446 §4.4.3): "The digital signature is then
 * computed over the concatenation of:
 * <ul>
 *   <li>A string that consists of octet 32 (0x20) repeated 64 times
 *   <li>The context string
 *   <li>A single 0 byte which serves as the separator
 *   <li>The content to be signed"
 * </ul>
 * where the content is Transcript-Hash(Handshake Context, Certificate).
 */
public enum CertificateVerifyContent {
    /** "The context string for a server signature is "TLS 1.3, server CertificateVerify"." */
    SERVER("TLS 1.3, server CertificateVerify"),
    /** "The context string for a client signature is "TLS 1.3, client CertificateVerify"." */
    CLIENT("TLS 1.3, client CertificateVerify");

    private static final int SPACES = 64;
    private static final int SPACE = 0x20;

    private final String contextString;

    CertificateVerifyContent(String contextString) {
        this.contextString = contextString;
    }

    /** The context string of RFC 8446 §4.4.3. */
    public String contextString() {
        return contextString;
    }

    /** The bytes to sign or verify over {@code transcriptHash}. */
    public Bytes over(Bytes transcriptHash) {
        return TlsWriter.encode(w -> {
            for (int i = 0; i < SPACES; i++) {
                w.u8(SPACE);
            }
            w.bytes(Bytes.of(contextString.getBytes(StandardCharsets.US_ASCII)));
            w.u8(0);
            w.bytes(transcriptHash);
        });
    }
}
