package org.tlsref.crypto.testing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlsref.crypto.asymmetric.RandomSourceSecureRandom;

/**
 * Key pairs for the tests, generated once per JVM from fixed seeds (RSA generation is slow) with
 * the JDK, the neutral key source both backends must accept.
 */
public final class TestKeys {
    private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    /** A 2048-bit RSA key with the rsaEncryption OID. */
    public static KeyPair rsa() {
        return CACHE.computeIfAbsent("rsa", name -> generate("RSA", rsaSpec(2048), 1));
    }

    /** A 1024-bit RSA key, too short for rsa_pss_*_sha512. */
    public static KeyPair rsa1024() {
        return CACHE.computeIfAbsent("rsa1024", name -> generate("RSA", rsaSpec(1024), 2));
    }

    /** A 2048-bit RSA key with the id-RSASSA-PSS OID and no parameters. */
    public static KeyPair rsaPss() {
        return CACHE.computeIfAbsent("rsapss", name -> generate("RSASSA-PSS", rsaSpec(2048), 3));
    }

    /** A 2048-bit RSASSA-PSS key restricted to SHA-256, MGF1-SHA-256, salt 32. */
    public static KeyPair rsaPssSha256Only() {
        return CACHE.computeIfAbsent("rsapss256", name -> generate("RSASSA-PSS",
                new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4,
                        new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1)),
                4));
    }

    /** An EC key on {@code curve} ("secp256r1", ...). */
    public static KeyPair ec(String curve) {
        return CACHE.computeIfAbsent(curve, name -> generate("EC", new ECGenParameterSpec(name),
                5 + name.hashCode()));
    }

    /** An Ed25519 key. */
    public static KeyPair ed25519() {
        return CACHE.computeIfAbsent("ed25519", name -> generate("Ed25519",
                NamedParameterSpec.ED25519, 6));
    }

    /** An Ed448 key. */
    public static KeyPair ed448() {
        return CACHE.computeIfAbsent("ed448", name -> generate("Ed448",
                NamedParameterSpec.ED448, 7));
    }

    /** A key factory, rethrowing as unchecked. */
    public static KeyFactory keyFactory(String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKeyGenParameterSpec rsaSpec(int bits) {
        return new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4);
    }

    private static KeyPair generate(String algorithm,
            java.security.spec.AlgorithmParameterSpec spec, long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(spec, new RandomSourceSecureRandom(new SeededRandom(seed)));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
