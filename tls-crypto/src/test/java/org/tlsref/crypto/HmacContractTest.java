package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;

/** The {@link Hmac} contract, run per backend by each subclass. */
public abstract class HmacContractTest {
    /** The provider under test. */
    protected abstract CryptoProvider provider();

    private static Secret secret(Bytes bytes) {
        return Secret.of(bytes.toByteArray());
    }

    @Test
    void hmacOfSaltAndIkmIsThePrkOfRfc5869() {
        // RFC 5869 §2.2: PRK = HMAC-Hash(salt, IKM), with an empty salt read as HashLen zeros.
        Hmac hmac = provider().hmac(HashAlgorithm.SHA256);
        for (JsonNode test : Vectors.json("crypto/hkdf-sha256.json").get("tests")) {
            Bytes salt = Bytes.fromHex(test.get("salt").asText());
            Bytes key = salt.isEmpty() ? Bytes.zeros(32) : salt;
            assertEquals(Bytes.fromHex(test.get("prk").asText()),
                    hmac.mac(secret(key), Bytes.fromHex(test.get("ikm").asText())),
                    test.get("id").asText());
        }
    }

    @Test
    void anEmptyKeyActsAsZeroBytes() {
        // RFC 2104 §2: the key is padded with zeros to the block length B.
        Bytes data = Bytes.of(RandomBytes.of(11, 50));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Hmac hmac = provider().hmac(algorithm);
            assertEquals(hmac.mac(secret(Bytes.zeros(1)), data), hmac.mac(secret(Bytes.EMPTY), data));
            assertEquals(hmac.mac(secret(Bytes.zeros(algorithm.blockLength())), data),
                    hmac.mac(secret(Bytes.EMPTY), data), algorithm.toString());
        }
    }

    @Test
    void aKeyLongerThanTheBlockIsHashedFirst() {
        // RFC 2104 §3: "keys longer than B bytes are first hashed using H".
        Bytes data = Bytes.of(RandomBytes.of(12, 50));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            Bytes longKey = Bytes.of(RandomBytes.of(13, algorithm.blockLength() + 1));
            TranscriptHash hash = provider().hash(algorithm);
            hash.update(longKey);
            Hmac hmac = provider().hmac(algorithm);
            assertEquals(hmac.mac(secret(hash.snapshot()), data), hmac.mac(secret(longKey), data));
            assertSame(algorithm, hmac.algorithm());
        }
    }
}
