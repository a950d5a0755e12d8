package org.tlsref.crypto.bc;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * The bridge from the neutral {@code java.security} key types to Bouncy Castle's lightweight key
 * parameters, through the standard encodings (PKCS #8 for private keys, SubjectPublicKeyInfo for
 * public keys), so keys from any provider work.
 */
final class BcKeys {
    private BcKeys() {
    }

    /**
     * The lightweight form of a local private key.
     *
     * @throws IllegalArgumentException if the key has no PKCS #8 encoding Bouncy Castle reads
     */
    static AsymmetricKeyParameter privateKey(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("the private key cannot be exported (no PKCS #8)");
        }
        try {
            return PrivateKeyFactory.createKey(encoded);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable private key: " + key.getAlgorithm(), e);
        }
    }

    /**
     * The lightweight form of a public key.
     *
     * @throws IllegalArgumentException if the key has no SubjectPublicKeyInfo Bouncy Castle reads
     */
    static AsymmetricKeyParameter publicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("the public key has no encoding");
        }
        return publicKey(encoded);
    }

    /**
     * The lightweight form of a public key's SubjectPublicKeyInfo encoding.
     *
     * @throws IllegalArgumentException if Bouncy Castle cannot read it
     */
    static AsymmetricKeyParameter publicKey(byte[] subjectPublicKeyInfo) {
        try {
            return PublicKeyFactory.createKey(subjectPublicKeyInfo);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable public key", e);
        }
    }
}
