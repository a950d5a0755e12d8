package org.tlsref.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;

/** One known-answer AEAD case from vectors/crypto/aead-*.json (schema in vectors/crypto/README.md). */
public record AeadVector(String file, String id, AeadAlgorithm algorithm, Bytes key, Bytes nonce,
        Bytes aad, Bytes plaintext, Bytes ciphertext, Bytes tag) {

    /** The AEAD vector files. */
    public static final List<String> FILES = List.of(
            "crypto/aead-aes-gcm.json",
            "crypto/aead-chacha20-poly1305.json",
            "crypto/aead-aes-ccm-sp800-38c.json",
            "crypto/aead-aes-ccm-wycheproof.json");

    /** Every case of every file. */
    public static List<AeadVector> all() {
        List<AeadVector> vectors = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode test : Vectors.json(file).get("tests")) {
                if (!"valid".equals(test.get("result").asText())) {
                    throw new IllegalStateException(file + ": only valid cases are defined");
                }
                vectors.add(new AeadVector(file, test.get("id").asText(),
                        AeadAlgorithm.valueOf(test.get("algorithm").asText()),
                        hex(test, "key"), hex(test, "nonce"), hex(test, "aad"),
                        hex(test, "plaintext"), hex(test, "ciphertext"), hex(test, "tag")));
            }
        }
        return vectors;
    }

    /** Ciphertext followed by tag: what {@link Aead#seal} writes. */
    public Bytes sealed() {
        return ciphertext.concat(tag);
    }

    @Override
    public String toString() {
        return file + " " + id;
    }

    static Bytes hex(JsonNode test, String field) {
        return Bytes.fromHex(test.get(field).asText());
    }
}
