package org.tlsref.crypto.jca;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.TranscriptHash;

/**
 * A running SHA-2 hash on the JDK's {@link MessageDigest}; {@link #snapshot()} finishes a clone,
 * so the running state is never ended (RFC 8446 §4.4.1 takes the transcript hash after each
 * message). Mutable, one owner.
 */
final class JcaTranscriptHash implements TranscriptHash {
    private final HashAlgorithm algorithm;
    private final MessageDigest digest;

    private JcaTranscriptHash(HashAlgorithm algorithm, MessageDigest digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /** A fresh hash. */
    static JcaTranscriptHash create(HashAlgorithm algorithm) {
        return new JcaTranscriptHash(algorithm, messageDigest(algorithm));
    }

    /** The JDK's name for {@code algorithm}: "SHA-256", "SHA-384", "SHA-512". */
    static String jdkName(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA256 -> "SHA-256";
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
        };
    }

    private static MessageDigest messageDigest(HashAlgorithm algorithm) {
        try {
            return MessageDigest.getInstance(jdkName(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("this JDK has no " + jdkName(algorithm), e);
        }
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void update(Bytes data) {
        digest.update(data.toByteArray());
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
    }

    @Override
    public Bytes snapshot() {
        return Bytes.of(cloneDigest().digest());
    }

    @Override
    public TranscriptHash copy() {
        return new JcaTranscriptHash(algorithm, cloneDigest());
    }

    private MessageDigest cloneDigest() {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + jdkName(algorithm)
                    + " digest cannot be cloned", e);
        }
    }
}
