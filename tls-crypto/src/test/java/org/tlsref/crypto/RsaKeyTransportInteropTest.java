package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.SeededRandom;
import org.tlsref.crypto.testing.TestKeys;

/**
 * RSA key transport across backends. Each try costs one RSA-2048 private-key operation (a few
 * ms), hence hundreds rather than thousands of tries.
 */
class RsaKeyTransportInteropTest {
    private static final Bytes R = Bytes.fromHex("5a".repeat(48));

    private static KeyPair keys() {
        return TestKeys.rsa();
    }

    private static Bytes decrypt(Backend backend, Bytes ciphertext) {
        FixedRandom random = new FixedRandom(R);
        Secret premaster = backend.rsaKeyTransport().decrypt(keys().getPrivate(), ciphertext,
                ProtocolVersion.TLS_1_2, random);
        return Bytes.of(premaster.bytes());
    }

    /** A valid ciphertext from either backend decrypts to the premaster in both. */
    @Property(tries = 300)
    void validCiphertextsYieldTheOriginalPremasterInBothBackends(@ForAll Backend encryptor,
            @ForAll @Size(46) byte[] random, @ForAll long seed) {
        Bytes premaster = Bytes.ofUnsigned(3, 3).concat(Bytes.of(random));
        Bytes ciphertext = encryptor.rsaKeyTransport().encrypt(keys().getPublic(),
                Secret.of(premaster.toByteArray()), new SeededRandom(seed));
        Bytes twin = encryptor.other().rsaKeyTransport().encrypt(keys().getPublic(),
                Secret.of(premaster.toByteArray()), new SeededRandom(seed));
        assertEquals(ciphertext, twin, "same randomness, same ciphertext in both backends");
        for (Backend decryptor : Backend.values()) {
            assertEquals(premaster, decrypt(decryptor, ciphertext));
        }
    }

    /** Random bytes of any length never throw and give 48 bytes (R, in all likelihood). */
    @Property(tries = 500)
    void randomCiphertextsNeverThrowAndYield48Bytes(@ForAll Backend decryptor,
            @ForAll @Size(max = 300) byte[] ciphertext) {
        assertEquals(48, decrypt(decryptor, Bytes.of(ciphertext)).length());
    }

    /** One flipped bit turns a valid ciphertext into one whose block is random: R comes back. */
    @Property(tries = 500)
    void mutatedCiphertextsNeverThrowAndYieldR(@ForAll Backend decryptor,
            @ForAll @IntRange(min = 0, max = 8 * 256 - 1) int bit, @ForAll long seed) {
        Bytes premaster = Bytes.ofUnsigned(3, 3).concat(Bytes.fromHex("11".repeat(46)));
        byte[] ciphertext = decryptor.other().rsaKeyTransport().encrypt(keys().getPublic(),
                Secret.of(premaster.toByteArray()), new SeededRandom(seed)).toByteArray();
        ciphertext[bit / 8] ^= (byte) (1 << (bit % 8));
        assertEquals(R, decrypt(decryptor, Bytes.of(ciphertext)));
    }
}
