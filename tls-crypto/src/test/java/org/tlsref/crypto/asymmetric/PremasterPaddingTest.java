package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.testing.SeededRandom;

/** The PKCS #1 v1.5 premaster block (RFC 8017 §7.2, RFC 5246 §7.4.7.1). */
class PremasterPaddingTest {
    private static final byte[] R = Bytes.fromHex("52".repeat(48)).toByteArray();

    /** Cheap: no RSA, only the check; 10,000 tries. */
    @Property(tries = 10000)
    void anyBlockDecodesTo48BytesWithoutThrowing(@ForAll @Size(min = 59, max = 512) byte[] em) {
        assertEquals(48, PremasterPadding.decode(em, ProtocolVersion.TLS_1_2, R.clone()).length());
    }

    @Property(tries = 1000)
    void encodedBlocksDecodeToTheirPremaster(@ForAll @Size(46) byte[] random,
            @ForAll long seed) {
        Bytes premaster = Bytes.ofUnsigned(3, 3).concat(Bytes.of(random));
        byte[] em = PremasterPadding.encode(Secret.of(premaster.toByteArray()), 128,
                new SeededRandom(seed));
        assertEquals(premaster, Bytes.of(PremasterPadding.decode(em, ProtocolVersion.TLS_1_2,
                R.clone()).bytes()));
    }

    @Test
    void theSmallestModulusHoldsEightBytesOfPadding() {
        byte[] em = PremasterPadding.encode(Secret.zeros(48), 59, new SeededRandom(1));
        assertEquals(59, em.length);
        assertThrows(IllegalArgumentException.class,
                () -> PremasterPadding.encode(Secret.zeros(48), 58, new SeededRandom(2)));
        assertThrows(IllegalArgumentException.class,
                () -> PremasterPadding.checkModulusLength(58));
    }

    @Test
    void onlyA48BytePremasterIsEncoded() {
        assertThrows(IllegalArgumentException.class,
                () -> PremasterPadding.encode(Secret.zeros(47), 256, new SeededRandom(3)));
        assertThrows(IllegalArgumentException.class,
                () -> PremasterPadding.encode(Secret.zeros(49), 256, new SeededRandom(4)));
    }
}
