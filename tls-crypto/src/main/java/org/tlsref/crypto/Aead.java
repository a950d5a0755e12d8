package org.tlsref.crypto;

import java.nio.ByteBuffer;

/**
 * A keyed AEAD cipher (RFC 5116), one per direction, owned by one record protection object.
 *
 * <p>Seal and open work between caller-provided buffers (heap or direct) with the nonce and the
 * additional data of each call, and allocate nothing per call in steady state. Not thread-safe.
 */
public interface Aead {
    /** The algorithm this key is for. */
    AeadAlgorithm algorithm();

    /**
     * Encrypts {@code plaintext} (position to limit) into {@code out} at its position, writing
     * {@code plaintext.remaining() + tagLength} bytes; both buffers' positions advance.
     *
     * @param nonce exactly {@code algorithm().nonceLength()} bytes
     * @param aad the additional data (position to limit, not consumed)
     */
    void seal(byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out);

    /**
     * Decrypts and authenticates {@code ciphertext} (position to limit, tag at the end) into
     * {@code out}, writing {@code ciphertext.remaining() - tagLength} bytes.
     *
     * @throws org.tlsref.api.TlsAlert with {@link CryptoFailure#BAD_RECORD_MAC} when the tag does
     *     not verify or the ciphertext is shorter than a tag; {@code out} then holds no plaintext
     */
    void open(byte[] nonce, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out);
}
