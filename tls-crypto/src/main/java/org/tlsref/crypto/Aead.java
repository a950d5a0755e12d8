package org.tlsref.crypto;

import java.nio.ByteBuffer;

/**
 * A keyed AEAD cipher (RFC 5116), one per direction, owned by one record protection object.
 *
 * <p>Seal and open work between caller-provided buffers (heap or direct) with the nonce and the
 * additional data of each call, and allocate as little per call as the backend allows (each
 * implementation states what remains); the record is never copied into a fresh array. Not
 * thread-safe.
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
     * @throws IllegalArgumentException for a nonce of the wrong length, an {@code out} that is
     *     read-only or has too little room, or the nonce this object sealed with last (RFC 5116
     *     §3.1: nonces must be distinct; TLS never repeats one); nothing is consumed then
     */
    void seal(byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out);

    /**
     * Decrypts and authenticates {@code ciphertext} (position to limit, tag at the end) into
     * {@code out}, writing {@code ciphertext.remaining() - tagLength} bytes.
     *
     * @throws org.tlsref.api.TlsAlert with {@link CryptoFailure#BAD_RECORD_MAC} when the tag does
     *     not verify or the ciphertext is shorter than a tag; {@code out} then holds no plaintext
     *     and neither buffer's position has moved
     * @throws IllegalArgumentException for a nonce of the wrong length or an {@code out} that is
     *     read-only or has too little room
     */
    void open(byte[] nonce, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out);
}
