package org.tlsref.crypto.jca;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;

/**
 * HKDF (RFC 5869) built on the JDK's HMAC: JDK 17 has no HKDF of its own, and RFC 5869 §2.2 and
 * §2.3 define both steps as HMAC, so this is the RFC's definition over {@link JcaHmac#keyedMac}.
 * Immutable and thread-safe.
 */
final class JcaHkdf implements Hkdf {
    private final HashAlgorithm algorithm;

    JcaHkdf(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        JcaHmac.keyedMac(algorithm, new byte[0]);
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** RFC 5869 §2.2: PRK = HMAC-Hash(salt, IKM); an empty salt is HashLen zeros. */
    @Override
    public Secret extract(Bytes salt, Secret ikm) {
        Mac mac = JcaHmac.keyedMac(algorithm, salt.toByteArray());
        return Secret.wrap(mac.doFinal(ikm.unsafeBytes()));
    }

    /**
     * RFC 5869 §2.3: T(i) = HMAC-Hash(PRK, T(i-1) | info | i), OKM the first L bytes of
     * T(1) | T(2) | ....
     *
     * @throws IllegalArgumentException when L is negative or above 255 × HashLen, or the PRK is
     *     shorter than HashLen ("a pseudorandom key of at least HashLen octets")
     */
    @Override
    public Secret expand(Secret prk, Bytes info, int length) {
        checkExpand(algorithm, prk, length);
        Mac mac = JcaHmac.keyedMac(algorithm, prk.unsafeBytes());
        int hashLength = algorithm.outputLength();
        byte[] infoBytes = info.toByteArray();
        byte[] block = new byte[hashLength];
        byte[] okm = new byte[length];
        try {
            for (int i = 1, done = 0; done < length; i++, done += hashLength) {
                if (i > 1) {
                    mac.update(block);
                }
                mac.update(infoBytes);
                mac.update((byte) i);
                mac.doFinal(block, 0);
                System.arraycopy(block, 0, okm, done, Math.min(hashLength, length - done));
            }
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HMAC block larger than HashLen", e);
        }
        return Secret.wrap(okm);
    }

    /** The RFC 5869 §2.3 limits on L and the PRK. */
    private static void checkExpand(HashAlgorithm algorithm, Secret prk, int length) {
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
    }
}
