package org.tlsref.crypto.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.tlsref.crypto.RandomSource;

class RandomSourcesTest {
    @Test
    void fixedHandsOutItsBytesInOrderThenFailsSayingHowManyWereLeft() {
        byte[] bytes = {1, 2, 3, 4, 5};
        RandomSource fixed = RandomSources.fixed(bytes);
        bytes[0] = 9;
        assertArrayEquals(new byte[] {1, 2}, fixed.nextBytes(2));
        assertArrayEquals(new byte[] {3, 4}, fixed.nextBytes(2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fixed.nextBytes(2));
        assertTrue(e.getMessage().contains("1 of 5 left"), e.getMessage());
        assertArrayEquals(new byte[] {5}, fixed.nextBytes(1));
    }

    @Test
    void seededIsTheChaCha20KeyStreamUnderTheHashedSeed() throws Exception {
        byte[] seed = "a seed".getBytes(StandardCharsets.US_ASCII);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("tlsref seeded RandomSource v1".getBytes(StandardCharsets.US_ASCII));
        byte[] key = sha256.digest(seed);
        Cipher chacha = Cipher.getInstance("ChaCha20");
        chacha.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"),
                new ChaCha20ParameterSpec(new byte[12], 0));
        assertArrayEquals(chacha.doFinal(new byte[200]), RandomSources.seeded(seed).nextBytes(200));
    }

    @Test
    void seededGivesOneStreamHoweverItIsDrawn() {
        byte[] seed = {42};
        RandomSource inPieces = RandomSources.seeded(seed);
        byte[] pieces = new byte[100];
        System.arraycopy(inPieces.nextBytes(7), 0, pieces, 0, 7);
        System.arraycopy(inPieces.nextBytes(93), 0, pieces, 7, 93);
        assertArrayEquals(RandomSources.seeded(seed).nextBytes(100), pieces);
        assertFalse(Arrays.equals(pieces, RandomSources.seeded(new byte[] {43}).nextBytes(100)));
    }

    @Test
    void systemGivesFreshBytesOfTheLengthAskedFor() {
        RandomSource system = RandomSources.system();
        byte[] first = system.nextBytes(32);
        assertEquals(32, first.length);
        assertFalse(Arrays.equals(first, system.nextBytes(32)));
    }
}
