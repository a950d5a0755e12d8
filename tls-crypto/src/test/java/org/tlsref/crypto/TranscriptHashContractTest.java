package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;

/** The {@link TranscriptHash} contract, run per backend by each subclass. */
public abstract class TranscriptHashContractTest {
    /** The provider under test. */
    protected abstract CryptoProvider provider();

    private static Bytes ascii(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    private Bytes digest(HashAlgorithm algorithm, Bytes message) {
        TranscriptHash hash = provider().hash(algorithm);
        hash.update(message);
        return hash.snapshot();
    }

    @Test
    void hashesEveryFips180Example() {
        for (JsonNode test : Vectors.json("crypto/hash-sha2.json").get("tests")) {
            TranscriptHash hash = provider().hash(HashAlgorithm.valueOf(test.get("hash").asText()));
            byte[] message = test.get("messageAscii").asText().getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < test.get("repeat").asInt(); i++) {
                hash.update(message, 0, message.length);
            }
            assertEquals(Bytes.fromHex(test.get("digest").asText()), hash.snapshot(),
                    test.get("id").asText());
        }
    }

    @Test
    void aSnapshotDoesNotEndTheHash() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            TranscriptHash hash = provider().hash(algorithm);
            hash.update(ascii("ab"));
            assertEquals(digest(algorithm, ascii("ab")), hash.snapshot());
            assertEquals(hash.snapshot(), hash.snapshot(), "snapshots repeat");
            hash.update(ascii("c"));
            assertEquals(digest(algorithm, ascii("abc")), hash.snapshot(), algorithm.toString());
        }
    }

    @Test
    void aCopyGoesOnIndependently() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            TranscriptHash hash = provider().hash(algorithm);
            hash.update(ascii("ab"));
            TranscriptHash copy = hash.copy();
            hash.update(ascii("c"));
            assertEquals(digest(algorithm, ascii("ab")), copy.snapshot());
            copy.update(ascii("x"));
            assertEquals(digest(algorithm, ascii("abx")), copy.snapshot());
            assertEquals(digest(algorithm, ascii("abc")), hash.snapshot());
            assertSame(algorithm, copy.algorithm());
        }
    }

    @Test
    void updatingWithAnArraySliceEqualsUpdatingWithItsBytes() {
        byte[] data = RandomBytes.of(7, 300);
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            TranscriptHash slices = provider().hash(algorithm);
            slices.update(data, 0, 0);
            slices.update(data, 0, 100);
            slices.update(data, 100, 200);
            assertEquals(digest(algorithm, Bytes.of(data)), slices.snapshot());
            assertNotEquals(digest(algorithm, Bytes.of(data, 0, 299)), slices.snapshot());
        }
    }

    @Test
    void aSnapshotHasTheAlgorithmsOutputLength() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            TranscriptHash hash = provider().hash(algorithm);
            assertSame(algorithm, hash.algorithm());
            assertEquals(algorithm.outputLength(), hash.snapshot().length());
        }
    }
}
