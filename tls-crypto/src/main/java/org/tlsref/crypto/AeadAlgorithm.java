package org.tlsref.crypto;

/** The AEAD algorithms TLS record protection uses (RFC 5116, RFC 8439, RFC 6655). */
public enum AeadAlgorithm {
    /** RFC 5116 §5.1 AEAD_AES_128_GCM. */
    AES_128_GCM(16, 12, 16),
    /** RFC 5116 §5.2 AEAD_AES_256_GCM. */
    AES_256_GCM(32, 12, 16),
    /** RFC 8439 §2.8 AEAD_CHACHA20_POLY1305. */
    CHACHA20_POLY1305(32, 12, 16),
    /** RFC 5116 §5.3 AEAD_AES_128_CCM. */
    AES_128_CCM(16, 12, 16),
    /** RFC 6655 §3 AEAD_AES_128_CCM_8 (8-byte tag). */
    AES_128_CCM_8(16, 12, 8);

    private final int keyLength;
    private final int nonceLength;
    private final int tagLength;

    AeadAlgorithm(int keyLength, int nonceLength, int tagLength) {
        this.keyLength = keyLength;
        this.nonceLength = nonceLength;
        this.tagLength = tagLength;
    }

    /** Key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Nonce length in bytes (TLS 1.3 iv_length, RFC 8446 §5.3). */
    public int nonceLength() {
        return nonceLength;
    }

    /** Authentication tag length in bytes: ciphertext = plaintext + tag. */
    public int tagLength() {
        return tagLength;
    }
}
