package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;

/** The TLS 1.2 {@link Prf} contract, run per backend by each subclass. */
public abstract class PrfContractTest {
    /** The provider under test. */
    protected abstract CryptoProvider provider();

    @Test
    void derivesThePublishedTls12PrfVectors() {
        for (JsonNode test : Vectors.json("crypto/prf-tls12.json").get("tests")) {
            Prf prf = provider().prf(HashAlgorithm.valueOf(test.get("hash").asText()));
            Bytes expected = Bytes.fromHex(test.get("output").asText());
            Secret output = prf.derive(Secret.of(Bytes.fromHex(test.get("secret").asText()).toByteArray()),
                    test.get("label").asText(), Bytes.fromHex(test.get("seed").asText()),
                    expected.length());
            assertArrayEquals(expected.toByteArray(), output.bytes(), test.get("id").asText());
        }
    }

    @Test
    void aShorterOutputIsAPrefixOfALongerOne() {
        Secret secret = Secret.of(RandomBytes.of(31, 48));
        Bytes seed = Bytes.of(RandomBytes.of(32, 64));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Prf prf = provider().prf(algorithm);
            byte[] longer = prf.derive(secret, "key expansion", seed, 200).bytes();
            for (int length : new int[] {0, 1, 12, algorithm.outputLength(), 199}) {
                assertArrayEquals(Arrays.copyOf(longer, length),
                        prf.derive(secret, "key expansion", seed, length).bytes());
            }
            assertSame(algorithm, prf.algorithm());
        }
    }

    @Test
    void anEmptySecretIsAccepted() {
        Bytes seed = Bytes.of(RandomBytes.of(33, 32));
        Prf prf = provider().prf(HashAlgorithm.SHA256);
        assertEquals(12, prf.derive(Secret.zeros(0), "client finished", seed, 12).length());
    }

    @Test
    void aNegativeLengthIsIllegalArgument() {
        Prf prf = provider().prf(HashAlgorithm.SHA256);
        assertThrows(IllegalArgumentException.class,
                () -> prf.derive(Secret.zeros(48), "master secret", Bytes.EMPTY, -1));
    }

    @Test
    void aLabelThatIsNotAsciiIsIllegalArgument() {
        Prf prf = provider().prf(HashAlgorithm.SHA384);
        assertThrows(IllegalArgumentException.class,
                () -> prf.derive(Secret.zeros(48), "master secr\u00e9t", Bytes.EMPTY, 48));
    }
}
