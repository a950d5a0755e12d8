package org.tlsref.crypto;

/** The hash functions of the TLS cipher suites and signature schemes (FIPS 180-4). */
public enum HashAlgorithm {
    /** SHA-256, 32-byte output. */
    SHA256(32, 64),
    /** SHA-384, 48-byte output. */
    SHA384(48, 128),
    /** SHA-512, 64-byte output. */
    SHA512(64, 128);

    private final int outputLength;
    private final int blockLength;

    HashAlgorithm(int outputLength, int blockLength) {
        this.outputLength = outputLength;
        this.blockLength = blockLength;
    }

    /** Digest length in bytes (Hash.length in RFC 8446 §7.1). */
    public int outputLength() {
        return outputLength;
    }

    /** Block length in bytes (the HMAC B of RFC 2104). */
    public int blockLength() {
        return blockLength;
    }
}
