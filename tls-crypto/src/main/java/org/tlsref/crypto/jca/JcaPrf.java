package org.tlsref.crypto.jca;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Prf;
import org.tlsref.crypto.Secret;

/**
 * The TLS 1.2 PRF (RFC 5246 §5) on the JDK's HMAC: P_hash(secret, label + seed), where
 * A(0) = seed, A(i) = HMAC_hash(secret, A(i-1)) and the output is
 * HMAC_hash(secret, A(1) + seed) + HMAC_hash(secret, A(2) + seed) + .... Immutable and
 * thread-safe.
 */
final class JcaPrf implements Prf {
    private final HashAlgorithm algorithm;

    JcaPrf(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        JcaHmac.keyedMac(algorithm, new byte[0]);
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** @throws IllegalArgumentException for a negative length or a label that is not ASCII */
    @Override
    public Secret derive(Secret secret, String label, Bytes seed, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("PRF length must not be negative: " + length);
        }
        byte[] labelAndSeed = Bytes.of(ascii(label)).concat(seed).toByteArray();
        Mac mac = JcaHmac.keyedMac(algorithm, secret.unsafeBytes());
        int hashLength = algorithm.outputLength();
        byte[] a = labelAndSeed;
        byte[] block = new byte[hashLength];
        byte[] output = new byte[length];
        try {
            for (int done = 0; done < length; done += hashLength) {
                a = mac.doFinal(a);
                mac.update(a);
                mac.update(labelAndSeed);
                mac.doFinal(block, 0);
                System.arraycopy(block, 0, output, done, Math.min(hashLength, length - done));
            }
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HMAC block larger than HashLen", e);
        }
        return Secret.wrap(output);
    }

    /** The label's bytes: RFC 5246 §5 labels are ASCII strings without a length byte or NUL. */
    static byte[] ascii(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("PRF label is not ASCII: " + label);
            }
        }
        return label.getBytes(StandardCharsets.US_ASCII);
    }
}
