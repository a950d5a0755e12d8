package org.tlsref.crypto.bc;

import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hmac;
import org.tlsref.crypto.Secret;

/**
 * HMAC (RFC 2104) on Bouncy Castle's {@link HMac}. Immutable and thread-safe: each call takes
 * its own {@code HMac}.
 */
final class BcHmac implements Hmac {
    private final HashAlgorithm algorithm;

    BcHmac(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public Bytes mac(Secret key, Bytes data) {
        HMac mac = keyedMac(algorithm, key.unsafeBytes());
        byte[] bytes = data.toByteArray();
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Bytes.of(out);
    }

    /** An {@code HMac} over {@code algorithm} keyed with {@code key} (any length, RFC 2104 §3). */
    static HMac keyedMac(HashAlgorithm algorithm, byte[] key) {
        HMac mac = new HMac(BcTranscriptHash.digest(algorithm));
        mac.init(new KeyParameter(key));
        return mac;
    }
}
