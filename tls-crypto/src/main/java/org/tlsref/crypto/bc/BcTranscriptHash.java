package org.tlsref.crypto.bc;

import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.util.Memoable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.TranscriptHash;

/**
 * A running SHA-2 hash on Bouncy Castle's digests; {@link #snapshot()} finishes a copy
 * ({@link Memoable}), so the running state is never ended (RFC 8446 §4.4.1 takes the transcript
 * hash after each message). Mutable, one owner.
 */
final class BcTranscriptHash implements TranscriptHash {
    private final HashAlgorithm algorithm;
    private final ExtendedDigest digest;

    private BcTranscriptHash(HashAlgorithm algorithm, ExtendedDigest digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /** A fresh hash. */
    static BcTranscriptHash create(HashAlgorithm algorithm) {
        return new BcTranscriptHash(algorithm, digest(algorithm));
    }

    /** A fresh Bouncy Castle digest for {@code algorithm}. */
    static ExtendedDigest digest(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA256 -> new SHA256Digest();
            case SHA384 -> new SHA384Digest();
            case SHA512 -> new SHA512Digest();
        };
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void update(Bytes data) {
        byte[] bytes = data.toByteArray();
        digest.update(bytes, 0, bytes.length);
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
    }

    @Override
    public Bytes snapshot() {
        ExtendedDigest copy = copyOfDigest();
        byte[] out = new byte[copy.getDigestSize()];
        copy.doFinal(out, 0);
        return Bytes.of(out);
    }

    @Override
    public TranscriptHash copy() {
        return new BcTranscriptHash(algorithm, copyOfDigest());
    }

    private ExtendedDigest copyOfDigest() {
        return (ExtendedDigest) ((Memoable) digest).copy();
    }
}
