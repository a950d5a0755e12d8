package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.SeededRandom;
import org.tlsref.crypto.testing.TestKeys;

/**
 * TLS 1.2 RSA key transport, written once and run for each backend. The implicit-rejection cases
 * encrypt hand-made blocks with raw RSA, and inject R — the first 48 bytes the server draws — so
 * each test sees exactly whether M or R came back.
 */
public abstract class RsaKeyTransportContract {
    private static final Bytes R = Bytes.fromHex("52".repeat(48));
    private static final Bytes PREMASTER = Bytes.fromHex("0303" + "a5".repeat(46));
    private static final int K = 256;

    /** The backend under test. */
    protected abstract Backend backend();

    private static KeyPair keys() {
        return TestKeys.rsa();
    }

    /** A valid EME-PKCS1-v1_5 block around {@link #PREMASTER}, then changed by {@code edit}. */
    private static byte[] block(Consumer<byte[]> edit) {
        byte[] em = new byte[K];
        em[1] = 2;
        Arrays.fill(em, 2, K - 49, (byte) 0x77);
        PREMASTER.copyTo(em, K - 48);
        edit.accept(em);
        return em;
    }

    private static Bytes rawEncrypt(byte[] em) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
            rsa.init(Cipher.ENCRYPT_MODE, keys().getPublic());
            return Bytes.of(OctetStrings.leftPad(rsa.doFinal(em), K));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bytes decrypt(Bytes ciphertext, ProtocolVersion version) {
        FixedRandom random = new FixedRandom(R);
        Secret result = backend().rsaKeyTransport().decrypt(keys().getPrivate(), ciphertext,
                version, random);
        assertEquals(0, random.remaining(), "R is drawn before decryption, whatever the outcome");
        return Bytes.of(result.bytes());
    }

    @Test
    void aValidBlockYieldsThePremaster() {
        assertEquals(PREMASTER, decrypt(rawEncrypt(block(em -> { })), ProtocolVersion.TLS_1_2));
    }

    @Test
    void encryptionThenDecryptionRecoversThePremaster() {
        Bytes encrypted = backend().rsaKeyTransport().encrypt(keys().getPublic(),
                Secret.of(PREMASTER.toByteArray()), new SeededRandom(1));
        assertEquals(K, encrypted.length());
        assertEquals(PREMASTER, decrypt(encrypted, ProtocolVersion.TLS_1_2));
    }

    @Test
    void encryptionPadsWithNonZeroRandomBytesAroundThePremaster() throws GeneralSecurityException {
        Bytes padding = Bytes.fromHex("00" + "01".repeat(K - 52) + "00" + "09");
        Bytes encrypted = backend().rsaKeyTransport().encrypt(keys().getPublic(),
                Secret.of(PREMASTER.toByteArray()), new FixedRandom(padding));
        Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
        rsa.init(Cipher.DECRYPT_MODE, keys().getPrivate());
        Bytes em = Bytes.of(OctetStrings.leftPad(rsa.doFinal(encrypted.toByteArray()), K));
        Bytes expected = Bytes.ofUnsigned(0, 2, 9).concat(Bytes.fromHex("01".repeat(K - 52)))
                .concat(Bytes.zeros(1)).concat(PREMASTER);
        assertEquals(expected, em, "a zero drawn is replaced by the next nonzero byte drawn");
    }

    @Test
    void aWrongFirstByteYieldsR() {
        assertEquals(R, decrypt(rawEncrypt(block(em -> em[0] = 1)), ProtocolVersion.TLS_1_2));
    }

    @Test
    void aWrongBlockTypeYieldsR() {
        assertEquals(R, decrypt(rawEncrypt(block(em -> em[1] = 1)), ProtocolVersion.TLS_1_2));
    }

    @Test
    void aZeroInsideThePaddingStringYieldsR() {
        for (int position : new int[] {2, 9, 10, 100, K - 50}) {
            assertEquals(R, decrypt(rawEncrypt(block(em -> em[position] = 0)),
                    ProtocolVersion.TLS_1_2), "zero at " + position);
        }
    }

    @Test
    void aMissingSeparatorYieldsR() {
        assertEquals(R, decrypt(rawEncrypt(block(em -> em[K - 49] = 0x11)),
                ProtocolVersion.TLS_1_2));
    }

    @Test
    void aShorterMessageYieldsR() {
        assertEquals(R, decrypt(rawEncrypt(block(em -> {
            em[K - 49] = 0x11;
            em[K - 48] = 0;
        })), ProtocolVersion.TLS_1_2));
    }

    @Test
    void aVersionOtherThanTheClientHellosYieldsR() {
        Bytes ciphertext = rawEncrypt(block(em -> { }));
        assertEquals(R, decrypt(ciphertext, ProtocolVersion.TLS_1_1));
        assertEquals(R, decrypt(rawEncrypt(block(em -> em[K - 47] = 2)), ProtocolVersion.TLS_1_2));
        assertEquals(R, decrypt(rawEncrypt(block(em -> em[K - 48] = 2)), ProtocolVersion.TLS_1_2));
    }

    @Test
    void ciphertextsOfTheWrongLengthOrNotBelowTheModulusYieldR() {
        Bytes valid = rawEncrypt(block(em -> { }));
        BigInteger n = ((RSAPublicKey) keys().getPublic()).getModulus();
        for (Bytes bad : new Bytes[] {Bytes.EMPTY, valid.slice(1, K), valid.concat(Bytes.zeros(1)),
                Bytes.zeros(1).concat(valid), Bytes.of(OctetStrings.i2osp(n, K)),
                Bytes.fromHex("ff".repeat(K)), Bytes.zeros(K)}) {
            assertEquals(R, decrypt(bad, ProtocolVersion.TLS_1_2));
        }
    }

    @Test
    void localMisconfigurationIsAnIllegalArgument() {
        RsaKeyTransport transport = backend().rsaKeyTransport();
        assertThrows(IllegalArgumentException.class, () -> transport.encrypt(keys().getPublic(),
                Secret.zeros(47), new SeededRandom(2)));
        assertThrows(IllegalArgumentException.class, () -> transport.encrypt(
                TestKeys.ec("secp256r1").getPublic(), Secret.zeros(48), new SeededRandom(3)));
        assertThrows(IllegalArgumentException.class, () -> transport.decrypt(
                TestKeys.ec("secp256r1").getPrivate(), Bytes.zeros(K), ProtocolVersion.TLS_1_2,
                new SeededRandom(4)));
    }
}
