package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;

/** The {@link Hkdf} contract, run per backend by each subclass. */
public abstract class HkdfContractTest {
    /** The provider under test. */
    protected abstract CryptoProvider provider();

    private static Bytes hex(JsonNode test, String field) {
        return Bytes.fromHex(test.get(field).asText());
    }

    @Test
    void extractAndExpandGiveRfc5869AppendixA() {
        for (JsonNode test : Vectors.json("crypto/hkdf-sha256.json").get("tests")) {
            Hkdf hkdf = provider().hkdf(HashAlgorithm.valueOf(test.get("hash").asText()));
            Secret prk = hkdf.extract(hex(test, "salt"), Secret.of(hex(test, "ikm").toByteArray()));
            String id = test.get("id").asText();
            assertArrayEquals(hex(test, "prk").toByteArray(), prk.bytes(), id);
            Secret okm = hkdf.expand(prk, hex(test, "info"), test.get("length").asInt());
            assertArrayEquals(hex(test, "okm").toByteArray(), okm.bytes(), id);
        }
    }

    @Test
    void anEmptySaltIsHashLenZeros() {
        Secret ikm = Secret.of(RandomBytes.of(21, 40));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Hkdf hkdf = provider().hkdf(algorithm);
            assertArrayEquals(hkdf.extract(Bytes.zeros(algorithm.outputLength()), ikm).bytes(),
                    hkdf.extract(Bytes.EMPTY, ikm).bytes(), algorithm.toString());
            assertSame(algorithm, hkdf.algorithm());
        }
    }

    @Test
    void expandGivesEveryLengthFromZeroTo255HashLen() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Hkdf hkdf = provider().hkdf(algorithm);
            Secret prk = Secret.of(RandomBytes.of(22, algorithm.outputLength()));
            int max = 255 * algorithm.outputLength();
            byte[] longest = hkdf.expand(prk, Bytes.EMPTY, max).bytes();
            assertEquals(0, hkdf.expand(prk, Bytes.EMPTY, 0).length());
            byte[] shorter = hkdf.expand(prk, Bytes.EMPTY, algorithm.outputLength() + 1).bytes();
            for (int i = 0; i < shorter.length; i++) {
                assertEquals(longest[i], shorter[i], "OKM of L bytes is a prefix of a longer OKM");
            }
        }
    }

    @Test
    void expandRefusesLengthsBeyondTheRfcLimits() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Hkdf hkdf = provider().hkdf(algorithm);
            Secret prk = Secret.zeros(algorithm.outputLength());
            int tooLong = 255 * algorithm.outputLength() + 1;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> hkdf.expand(prk, Bytes.EMPTY, tooLong));
            assertTrue(e.getMessage().contains("RFC 5869 §2.3"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> hkdf.expand(prk, Bytes.EMPTY, -1));
        }
    }

    @Test
    void expandRefusesAPrkShorterThanHashLen() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Hkdf hkdf = provider().hkdf(algorithm);
            Secret shortPrk = Secret.zeros(algorithm.outputLength() - 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> hkdf.expand(shortPrk, Bytes.EMPTY, 16));
            assertTrue(e.getMessage().contains("HashLen"), e.getMessage());
        }
    }
}
