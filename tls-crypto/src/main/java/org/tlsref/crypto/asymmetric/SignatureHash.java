package org.tlsref.crypto.asymmetric;

/**
 * The hash functions signature schemes name (RFC 8446 §4.2.3, RFC 5246 §7.4.1.4.1): the SHA-2
 * family of FIPS 180-4 and, for legacy verification only, SHA-1.
 */
public enum SignatureHash {
    /** SHA-1, 20 bytes; legacy, verification behind an explicit opt-in only. */
    SHA1("SHA-1", 20),
    /** SHA-256, 32 bytes. */
    SHA256("SHA-256", 32),
    /** SHA-384, 48 bytes. */
    SHA384("SHA-384", 48),
    /** SHA-512, 64 bytes. */
    SHA512("SHA-512", 64);

    private final String standardName;
    private final int length;

    SignatureHash(String standardName, int length) {
        this.standardName = standardName;
        this.length = length;
    }

    /** The standard algorithm name ("SHA-256"), as the JCA spells it. */
    public String standardName() {
        return standardName;
    }

    /** The JCA signature-name prefix ("SHA256"), as in "SHA256withRSA". */
    public String jcaPrefix() {
        return standardName.replace("-", "");
    }

    /** The output length in bytes, which is also the PSS salt length (RFC 8446 §4.2.3). */
    public int length() {
        return length;
    }
}
