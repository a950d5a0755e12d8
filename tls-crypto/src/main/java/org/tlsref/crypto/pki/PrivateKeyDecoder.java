package org.tlsref.crypto.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Private keys from the DER inside PEM blocks: PKCS#8 PrivateKeyInfo (RFC 5208 §5), PKCS#1
 * RSAPrivateKey (RFC 8017 §A.1.2), SEC1 ECPrivateKey (RFC 5915 §3) and PKCS#8
 * EncryptedPrivateKeyInfo with PBES2 (RFC 8018 §6.2, PBKDF2 and AES-CBC). PKCS#1 and SEC1 are
 * wrapped into PKCS#8 so the JDK's KeyFactory does the rest. Bouncy Castle's ASN.1 classes read
 * the structures; nothing of them leaves this class. Every failure is an
 * IllegalArgumentException naming the block.
 */
final class PrivateKeyDecoder {
    /** The PKCS#8 algorithm identifiers of signing keys, with their JDK KeyFactory name. */
    private static final Map<ASN1ObjectIdentifier, String> KEY_FACTORIES = Map.of(
            PKCSObjectIdentifiers.rsaEncryption, "RSA",
            PKCSObjectIdentifiers.id_RSASSA_PSS, "RSASSA-PSS",
            X9ObjectIdentifiers.id_ecPublicKey, "EC",
            new ASN1ObjectIdentifier("1.3.101.112"), "Ed25519",   // RFC 8410 §3 id-Ed25519
            new ASN1ObjectIdentifier("1.3.101.113"), "Ed448");    // RFC 8410 §3 id-Ed448

    /** RFC 8018 §B.1.2: the PBKDF2 pseudorandom functions, by JDK algorithm name. */
    private static final Map<ASN1ObjectIdentifier, String> PBKDF2_PRFS = Map.of(
            PKCSObjectIdentifiers.id_hmacWithSHA1, "PBKDF2WithHmacSHA1",
            PKCSObjectIdentifiers.id_hmacWithSHA224, "PBKDF2WithHmacSHA224",
            PKCSObjectIdentifiers.id_hmacWithSHA256, "PBKDF2WithHmacSHA256",
            PKCSObjectIdentifiers.id_hmacWithSHA384, "PBKDF2WithHmacSHA384",
            PKCSObjectIdentifiers.id_hmacWithSHA512, "PBKDF2WithHmacSHA512");

    /** RFC 8018 §B.2.5 (AES-CBC-Pad): key length in bytes by scheme. */
    private static final Map<ASN1ObjectIdentifier, Integer> AES_CBC_KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 16,
            NISTObjectIdentifiers.id_aes192_CBC, 24,
            NISTObjectIdentifiers.id_aes256_CBC, 32);

    /** A bound on PBKDF2 work, so a hostile file cannot stall the loader. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private PrivateKeyDecoder() {
    }

    /** A "PRIVATE KEY" block: PKCS#8 PrivateKeyInfo. */
    static PrivateKey pkcs8(byte[] der, String where) {
        PrivateKeyInfo info = parse(der, PrivateKeyInfo::getInstance, where, "PKCS#8 PrivateKeyInfo");
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        String factory = KEY_FACTORIES.get(algorithm);
        if (factory == null) {
            throw new IllegalArgumentException(where + ": unsupported key algorithm " + algorithm
                    + " (RSA, RSASSA-PSS, EC, Ed25519 and Ed448 are)");
        }
        try {
            return KeyFactory.getInstance(factory).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": not a valid " + factory + " private key ("
                    + e.getMessage() + ")", e);
        }
    }

    /** An "RSA PRIVATE KEY" block: PKCS#1 RSAPrivateKey, wrapped as rsaEncryption. */
    static PrivateKey pkcs1(byte[] der, String where) {
        RSAPrivateKey key = parse(der, RSAPrivateKey::getInstance, where, "PKCS#1 RSAPrivateKey");
        AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
        return pkcs8(wrap(rsa, key, where), where);
    }

    /** An "EC PRIVATE KEY" block: SEC1 ECPrivateKey, which must name its curve. */
    static PrivateKey sec1(byte[] der, String where) {
        ECPrivateKey key = parse(der, ECPrivateKey::getInstance, where, "SEC1 ECPrivateKey");
        if (!(key.getParametersObject() instanceof ASN1ObjectIdentifier)) {
            throw new IllegalArgumentException(where + ": the SEC1 key does not name its curve");
        }
        ASN1ObjectIdentifier curve = (ASN1ObjectIdentifier) key.getParametersObject();
        AlgorithmIdentifier ec = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, curve);
        return pkcs8(wrap(ec, key, where), where);
    }

    /** An "ENCRYPTED PRIVATE KEY" block: PBES2 with PBKDF2 and AES-CBC, then PKCS#8. */
    static PrivateKey encryptedPkcs8(byte[] der, char[] password, String where) {
        EncryptedPrivateKeyInfo info =
                parse(der, EncryptedPrivateKeyInfo::getInstance, where, "PKCS#8 EncryptedPrivateKeyInfo");
        AlgorithmIdentifier algorithm = info.getEncryptionAlgorithm();
        if (!PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm())) {
            throw new IllegalArgumentException(where + ": encryption " + algorithm.getAlgorithm()
                    + " is not PBES2; re-encrypt with 'openssl pkcs8 -topk8 -v2 aes-256-cbc'");
        }
        PBES2Parameters pbes2 = parse(algorithm.getParameters(), PBES2Parameters::getInstance, where, "PBES2 parameters");
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(pbes2.getKeyDerivationFunc().getAlgorithm())) {
            throw new IllegalArgumentException(where + ": PBES2 key derivation is not PBKDF2");
        }
        PBKDF2Params kdf = parse(pbes2.getKeyDerivationFunc().getParameters(), PBKDF2Params::getInstance,
                where, "PBKDF2 parameters");
        EncryptionScheme scheme = pbes2.getEncryptionScheme();
        Integer keyBytes = AES_CBC_KEY_BYTES.get(scheme.getAlgorithm());
        String prf = PBKDF2_PRFS.get(kdf.getPrf().getAlgorithm());
        if (keyBytes == null || prf == null) {
            throw new IllegalArgumentException(where + ": unsupported PBES2 cipher " + scheme.getAlgorithm()
                    + " or PRF " + kdf.getPrf().getAlgorithm() + " (AES-CBC with HMAC-SHA-x are)");
        }
        checkKdf(kdf, keyBytes, where);
        byte[] iv = parse(scheme.getParameters(), ASN1OctetString::getInstance, where, "AES-CBC IV").getOctets();
        byte[] plain = decrypt(info.getEncryptedData(), password, kdf, prf, keyBytes, iv, where);
        return pkcs8(plain, where);
    }

    private static void checkKdf(PBKDF2Params kdf, int keyBytes, String where) {
        BigInteger iterations = kdf.getIterationCount();
        if (iterations.signum() <= 0 || iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new IllegalArgumentException(where + ": PBKDF2 iteration count " + iterations
                    + " outside 1.." + MAX_ITERATIONS);
        }
        BigInteger keyLength = kdf.getKeyLength();
        if (keyLength != null && keyLength.intValue() != keyBytes) {
            throw new IllegalArgumentException(where + ": PBKDF2 key length " + keyLength
                    + " does not fit the cipher's " + keyBytes);
        }
    }

    private static byte[] decrypt(byte[] encrypted, char[] password, PBKDF2Params kdf, String prf,
            int keyBytes, byte[] iv, String where) {
        PBEKeySpec spec = new PBEKeySpec(password, kdf.getSalt(), kdf.getIterationCount().intValue(), keyBytes * 8);
        try {
            byte[] key = SecretKeyFactory.getInstance(prf).generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(encrypted);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": cannot decrypt: wrong password or corrupt key", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] wrap(AlgorithmIdentifier algorithm, ASN1Encodable key, String where) {
        try {
            return new PrivateKeyInfo(algorithm, key).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": cannot re-encode the key as PKCS#8", e);
        }
    }

    /** Bouncy Castle's {@code getInstance}, with its failures turned into one clear message. */
    private static <T> T parse(Object input, Function<Object, T> getInstance, String where, String what) {
        try {
            T value = getInstance.apply(input);
            if (value == null) {
                throw new IllegalArgumentException("absent");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": not a " + what + " (" + e.getMessage() + ")", e);
        }
    }
}
