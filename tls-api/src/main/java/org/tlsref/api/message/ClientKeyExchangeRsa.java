package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * ClientKeyExchange for RSA key transport, TLS 1.2 only (RFC 5246 §7.4.7.1). RFC 5246 §4.7: a
 * public-key-encrypted element is "encoded as an opaque vector {@code <0..2^16-1>}".
 * <pre>{@code
 * struct {
 *     public-key-encrypted PreMasterSecret pre_master_secret;
 * } EncryptedPreMasterSecret;
 * }</pre>
 * The ciphertext is not examined here: its length and contents are the implicit-rejection
 * decryption's business (RFC 5246 §7.4.7.1), which must not fail differently for a bad length.
 */
public record ClientKeyExchangeRsa(Bytes encryptedPreMasterSecret) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.opaque16(0, 0xFFFF, encryptedPreMasterSecret);
    }

    /** Decodes a whole body. */
    public static ClientKeyExchangeRsa decode(TlsReader body) {
        Bytes encrypted = body.opaque16(0, 0xFFFF);
        body.expectEnd();
        return new ClientKeyExchangeRsa(encrypted);
    }
}
