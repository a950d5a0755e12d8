package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Encrypted PKCS#8 variants beyond the one make.sh writes, built here with the JDK's PBKDF2 and
 * AES so the decoder's choices (PRF, cipher, bounds) are each exercised.
 */
class PrivateKeyDecoderTest {
    private static final char[] PASSWORD = "secret".toCharArray();
    private static final byte[] SALT = new byte[16];
    private static final byte[] IV = new byte[16];

    /** PBES2 around the client-p256 key, with the given PBKDF2 parameters and cipher. */
    private static byte[] encrypted(PBKDF2Params kdf, String prf, ASN1ObjectIdentifier cipher, int keyBytes)
            throws Exception {
        byte[] plain = Pem.privateKey(Pki.file("client-p256.key")).getEncoded();
        PBEKeySpec spec = new PBEKeySpec(PASSWORD, SALT, kdf.getIterationCount().intValue(), keyBytes * 8);
        byte[] key = SecretKeyFactory.getInstance(prf).generateSecret(spec).getEncoded();
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(IV));
        PBES2Parameters pbes2 = new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, kdf),
                new EncryptionScheme(cipher, new DEROctetString(IV)));
        return encode(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), aes.doFinal(plain));
    }

    private static byte[] encode(AlgorithmIdentifier algorithm, byte[] data) throws Exception {
        return new EncryptedPrivateKeyInfo(algorithm, data).getEncoded();
    }

    private static void assertRefused(byte[] der, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrivateKeyDecoder.encryptedPkcs8(der, PASSWORD, "test"));
        assertTrue(e.getMessage().startsWith("test: ") && e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void aes128WithTheDefaultHmacSha1Opens() throws Exception {
        byte[] der = encrypted(new PBKDF2Params(SALT, 1000), "PBKDF2WithHmacSHA1", NISTObjectIdentifiers.id_aes128_CBC, 16);

        PrivateKey key = PrivateKeyDecoder.encryptedPkcs8(der, PASSWORD, "test");

        PemTest.assertSignsFor(key, Pki.leaf("client-p256.pem").getPublicKey(), "SHA256withECDSA");
    }

    @Test
    void aes192WithHmacSha512AndAnExplicitKeyLengthOpens() throws Exception {
        AlgorithmIdentifier sha512 = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA512, DERNull.INSTANCE);
        byte[] der = encrypted(new PBKDF2Params(SALT, 1000, 24, sha512), "PBKDF2WithHmacSHA512",
                NISTObjectIdentifiers.id_aes192_CBC, 24);

        PrivateKeyDecoder.encryptedPkcs8(der, PASSWORD, "test");
    }

    @Test
    void onlyPbes2IsAccepted() throws Exception {
        ASN1ObjectIdentifier pbeSha1TripleDes = PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC;
        assertRefused(encode(new AlgorithmIdentifier(pbeSha1TripleDes, DERNull.INSTANCE), new byte[16]), "is not PBES2");
    }

    @Test
    void onlyPbkdf2IsAccepted() throws Exception {
        ASN1ObjectIdentifier scrypt = new ASN1ObjectIdentifier("1.3.6.1.4.1.11591.4.11");
        PBES2Parameters pbes2 = new PBES2Parameters(new KeyDerivationFunc(scrypt, DERNull.INSTANCE),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(IV)));

        assertRefused(encode(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), new byte[16]), "not PBKDF2");
    }

    @Test
    void onlyAesCbcIsAccepted() throws Exception {
        PBES2Parameters pbes2 = new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(SALT, 1000)),
                new EncryptionScheme(PKCSObjectIdentifiers.des_EDE3_CBC, new DEROctetString(new byte[8])));

        assertRefused(encode(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), new byte[16]),
                "unsupported PBES2 cipher");
    }

    @Test
    void pbkdf2ParametersAreBounded() throws Exception {
        assertRefused(encrypted(new PBKDF2Params(SALT, 1000, 16), "PBKDF2WithHmacSHA1",
                NISTObjectIdentifiers.id_aes256_CBC, 32), "key length 16");
        PBES2Parameters tooMany = new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(SALT, 20_000_000)),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(IV)));
        assertRefused(encode(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, tooMany), new byte[16]),
                "iteration count");
    }

    @Test
    void malformedParametersAreNamed() throws Exception {
        ASN1Encodable notParameters = new DEROctetString(new byte[3]);

        assertRefused(encode(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, notParameters), new byte[16]),
                "not a PBES2 parameters");
        assertRefused(new byte[] {0x30, 0}, "not a PKCS#8 EncryptedPrivateKeyInfo");
    }
}
