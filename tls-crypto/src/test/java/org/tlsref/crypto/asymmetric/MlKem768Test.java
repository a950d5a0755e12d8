package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.SeededRandom;

/** ML-KEM-768 as the hybrids use it: FIPS 203 answers, round trips, and the input checks. */
class MlKem768Test {
    private static final JsonNode VECTORS = Vectors.json("crypto/mlkem.json");

    private static Bytes bytes(Secret secret) {
        return Bytes.of(secret.bytes());
    }

    /**
     * C2SP CCTV "accumulated" vectors: 10 000 key generations, encapsulations and decapsulations
     * (one of them of a random, invalid ciphertext) driven by one SHAKE-128 stream, their outputs
     * hashed by another.
     */
    @Test
    void accumulatedCctvVectorsHashToThePublishedValue() {
        JsonNode accumulated = VECTORS.get("accumulated");
        SHAKEDigest rng = new SHAKEDigest(128);
        RandomSource random = out -> rng.doOutput(out, 0, out.length);
        SHAKEDigest accumulator = new SHAKEDigest(128);
        byte[] start = new byte[16];
        new SHAKEDigest(128).doFinal(start, 0, 16);
        assertEquals(accumulated.get("rngStart").asText(), HexFormat.of().formatHex(start));
        for (int i = 0; i < accumulated.get("tests").asInt(); i++) {
            MlKem768.DecapsulationKey key = MlKem768.generate(random);
            MlKem768.Encapsulation encapsulation = MlKem768.encapsulate(key.encapsulationKey(), random);
            Bytes invalid = Bytes.of(random.nextBytes(MlKem768.CIPHERTEXT_LENGTH));
            Secret decapsulated = key.decapsulate(encapsulation.ciphertext());
            assertEquals(bytes(encapsulation.sharedSecret()), bytes(decapsulated));
            for (Bytes output : new Bytes[] {key.encapsulationKey(), bytes(key.encoded()),
                    encapsulation.ciphertext(), bytes(encapsulation.sharedSecret()),
                    bytes(key.decapsulate(invalid))}) {
                byte[] b = output.toByteArray();
                accumulator.update(b, 0, b.length);
            }
        }
        byte[] hash = new byte[32];
        accumulator.doFinal(hash, 0, 32);
        assertEquals(accumulated.get("hash").asText(), HexFormat.of().formatHex(hash));
    }

    @Test
    void fixedSeedRoundTripsShareTheSecret() {
        for (JsonNode vector : VECTORS.get("roundTrips")) {
            FixedRandom seed = new FixedRandom(Bytes.fromHex(vector.get("seed").asText()));
            MlKem768.DecapsulationKey key = MlKem768.generate(seed);
            assertEquals(0, seed.remaining());
            assertEquals(MlKem768.ENCAPSULATION_KEY_LENGTH, key.encapsulationKey().length());
            FixedRandom message = new FixedRandom(Bytes.fromHex(vector.get("message").asText()));
            MlKem768.Encapsulation encapsulation = MlKem768.encapsulate(key.encapsulationKey(), message);
            assertEquals(0, message.remaining());
            assertEquals(MlKem768.CIPHERTEXT_LENGTH, encapsulation.ciphertext().length());
            assertEquals(MlKem768.SHARED_SECRET_LENGTH, encapsulation.sharedSecret().length());
            assertEquals(bytes(encapsulation.sharedSecret()),
                    bytes(key.decapsulate(encapsulation.ciphertext())));
        }
    }

    @Test
    void aModifiedCiphertextGivesTheImplicitRejectionSecretNotAnError() {
        MlKem768.DecapsulationKey key = MlKem768.generate(new SeededRandom(1));
        MlKem768.Encapsulation encapsulation =
                MlKem768.encapsulate(key.encapsulationKey(), new SeededRandom(2));
        byte[] modified = encapsulation.ciphertext().toByteArray();
        modified[0] ^= 1;
        Secret rejected = key.decapsulate(Bytes.of(modified));
        assertEquals(MlKem768.SHARED_SECRET_LENGTH, rejected.length());
        assertNotEquals(bytes(encapsulation.sharedSecret()), bytes(rejected));
    }

    @Test
    void everyUnreducedCoefficientPositionFailsTheEncapsulationKeyCheck() {
        Bytes valid = MlKem768.generate(new SeededRandom(3)).encapsulationKey();
        for (int triple = 0; triple < 384 * 3; triple += 3) {
            byte[] low = valid.toByteArray();
            low[triple] = (byte) 0x01;
            low[triple + 1] = (byte) ((low[triple + 1] & 0xF0) | 0x0D);
            assertInvalid(() -> MlKem768.checkEncapsulationKey(Bytes.of(low)));
            byte[] high = valid.toByteArray();
            high[triple + 1] = (byte) ((high[triple + 1] & 0x0F) | 0x10);
            high[triple + 2] = (byte) 0xD0;
            assertInvalid(() -> MlKem768.checkEncapsulationKey(Bytes.of(high)));
        }
    }

    @Test
    void theLargestReducedCoefficientPassesTheCheck() {
        byte[] key = MlKem768.generate(new SeededRandom(4)).encapsulationKey().toByteArray();
        key[0] = (byte) 0x00;
        key[1] = (byte) ((key[1] & 0xF0) | 0x0D);
        MlKem768.checkEncapsulationKey(Bytes.of(key));
    }

    @Test
    void wrongLengthKeysAndCiphertextsAreInvalidKeyShares() {
        MlKem768.DecapsulationKey key = MlKem768.generate(new SeededRandom(5));
        Bytes ek = key.encapsulationKey();
        assertInvalid(() -> MlKem768.encapsulate(ek.slice(0, 1183), new SeededRandom(6)));
        assertInvalid(() -> MlKem768.encapsulate(ek.concat(Bytes.zeros(1)), new SeededRandom(6)));
        assertInvalid(() -> key.decapsulate(Bytes.zeros(1087)));
        assertInvalid(() -> key.decapsulate(Bytes.zeros(1089)));
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable action) {
        assertEquals(CryptoFailure.INVALID_KEY_SHARE, assertThrows(TlsAlert.class, action).reason());
    }
}
