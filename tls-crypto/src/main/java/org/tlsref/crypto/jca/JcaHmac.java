package org.tlsref.crypto.jca;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hmac;
import org.tlsref.crypto.Secret;

/**
 * HMAC (RFC 2104) on the JDK's {@link Mac}. Immutable and thread-safe: each call takes its own
 * {@code Mac}.
 */
final class JcaHmac implements Hmac {
    private final HashAlgorithm algorithm;

    JcaHmac(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        keyedMac(algorithm, new byte[0]);
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public Bytes mac(Secret key, Bytes data) {
        Mac mac = keyedMac(algorithm, key.unsafeBytes());
        return Bytes.of(mac.doFinal(data.toByteArray()));
    }

    /**
     * A {@code Mac} keyed with {@code key}. The JDK refuses an empty key, which RFC 2104 §2
     * allows: the key is padded with zeros to the block length B, so an empty key and a key of
     * zero bytes are the same HMAC key, and the latter is what the JDK gets.
     */
    static Mac keyedMac(HashAlgorithm algorithm, byte[] key) {
        String name = "Hmac" + JcaTranscriptHash.jdkName(algorithm).replace("-", "");
        byte[] usableKey = key.length == 0 ? new byte[algorithm.outputLength()] : key;
        try {
            Mac mac = Mac.getInstance(name);
            mac.init(new SecretKeySpec(usableKey, name));
            return mac;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("this JDK has no " + name, e);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(name + " refused the key: " + e.getMessage(), e);
        }
    }
}
