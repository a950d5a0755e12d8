package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.testing.FixedRandom;

/** The SecureRandom view of an injected RandomSource. */
class RandomSourceSecureRandomTest {
    @Test
    void everyByteComesFromTheSourceAndSeedsAreIgnored() {
        FixedRandom source = new FixedRandom(Bytes.fromHex("0102030405"));
        RandomSourceSecureRandom random = new RandomSourceSecureRandom(source);
        random.setSeed(new byte[] {9, 9});
        random.setSeed(42L);
        byte[] two = new byte[2];
        random.nextBytes(two);
        assertArrayEquals(new byte[] {1, 2}, two);
        assertArrayEquals(new byte[] {3, 4, 5}, random.generateSeed(3));
        assertEquals(0, source.remaining());
        assertEquals("tlsref-RandomSource", random.getAlgorithm());
    }
}
