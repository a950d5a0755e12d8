package org.tlsref.crypto.bc;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.macs.HMac;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Prf;
import org.tlsref.crypto.Secret;

/**
 * The TLS 1.2 PRF (RFC 5246 §5) on Bouncy Castle's HMAC: P_hash(secret, label + seed), where
 * A(0) = seed, A(i) = HMAC_hash(secret, A(i-1)) and the output is
 * HMAC_hash(secret, A(1) + seed) + HMAC_hash(secret, A(2) + seed) + .... (bcprov has no TLS PRF
 * outside its TLS API.) Immutable and thread-safe.
 */
final class BcPrf implements Prf {
    private final HashAlgorithm algorithm;

    BcPrf(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
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
        HMac mac = BcHmac.keyedMac(algorithm, secret.unsafeBytes());
        int hashLength = algorithm.outputLength();
        byte[] a = labelAndSeed;
        byte[] block = new byte[hashLength];
        byte[] output = new byte[length];
        for (int done = 0; done < length; done += hashLength) {
            mac.update(a, 0, a.length);
            a = new byte[hashLength];
            mac.doFinal(a, 0);
            mac.update(a, 0, a.length);
            mac.update(labelAndSeed, 0, labelAndSeed.length);
            mac.doFinal(block, 0);
            System.arraycopy(block, 0, output, done, Math.min(hashLength, length - done));
        }
        return Secret.wrap(output);
    }

    private static byte[] ascii(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("PRF label is not ASCII: " + label);
            }
        }
        return label.getBytes(StandardCharsets.US_ASCII);
    }
}
