package org.tlsref.crypto.bc;

import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;

/**
 * HKDF (RFC 5869) on Bouncy Castle's own {@link HKDFBytesGenerator}, so the cross-backend tests
 * compare two independent implementations rather than one construction over two HMACs.
 * Immutable and thread-safe.
 */
final class BcHkdf implements Hkdf {
    private final HashAlgorithm algorithm;

    BcHkdf(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** RFC 5869 §2.2: PRK = HMAC-Hash(salt, IKM); an empty salt is HashLen zeros. */
    @Override
    public Secret extract(Bytes salt, Secret ikm) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(BcTranscriptHash.digest(algorithm));
        byte[] saltBytes = salt.isEmpty() ? null : salt.toByteArray();
        return Secret.wrap(generator.extractPRK(saltBytes, ikm.unsafeBytes()));
    }

    /**
     * RFC 5869 §2.3 HKDF-Expand.
     *
     * @throws IllegalArgumentException when L is negative or above 255 × HashLen, or the PRK is
     *     shorter than HashLen ("a pseudorandom key of at least HashLen octets")
     */
    @Override
    public Secret expand(Secret prk, Bytes info, int length) {
        int max = 255 * algorithm.outputLength();
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("HKDF-Expand length " + length + " outside 0.."
                    + max + " (RFC 5869 §2.3)");
        }
        if (prk.length() < algorithm.outputLength()) {
            throw new IllegalArgumentException("HKDF-Expand PRK of " + prk.length()
                    + " bytes is shorter than HashLen " + algorithm.outputLength()
                    + " (RFC 5869 §2.3)");
        }
        HKDFBytesGenerator generator = new HKDFBytesGenerator(BcTranscriptHash.digest(algorithm));
        generator.init(HKDFParameters.skipExtractParameters(prk.unsafeBytes(), info.toByteArray()));
        byte[] okm = new byte[length];
        generator.generateBytes(okm, 0, length);
        return Secret.wrap(okm);
    }
}
