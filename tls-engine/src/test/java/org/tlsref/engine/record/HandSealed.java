package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Aead;

/**
 * TLS 1.3 records sealed straight from the RFC 8446 §5.2 and §5.3 formulas with a raw AEAD, so
 * tests can build what {@link RecordSealer} refuses to (empty or all-zero inner plaintexts,
 * protected change_cipher_spec, any sequence number) and cross-check the ones it builds.
 */
final class HandSealed {
    private HandSealed() {
    }

    /** A TLSCiphertext whose TLSInnerPlaintext is exactly {@code innerPlaintext}. */
    static Bytes record(Aead aead, Bytes iv, long sequenceNumber, Bytes innerPlaintext) {
        int length = innerPlaintext.length() + aead.algorithm().tagLength();
        byte[] header = {23, 3, 3, (byte) (length >>> 8), (byte) length};
        byte[] nonce = iv.toByteArray();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (sequenceNumber >>> (8 * i));
        }
        ByteBuffer out = ByteBuffer.allocate(header.length + length);
        out.put(header);
        aead.seal(nonce, ByteBuffer.wrap(header), ByteBuffer.wrap(innerPlaintext.toByteArray()), out);
        return Bytes.of(out.array());
    }

    /** Content, type and {@code padding} zeros: a TLSInnerPlaintext (RFC 8446 §5.2). */
    static Bytes inner(Bytes content, int type, int padding) {
        return content.concat(Bytes.ofUnsigned(type)).concat(Bytes.zeros(padding));
    }
}
