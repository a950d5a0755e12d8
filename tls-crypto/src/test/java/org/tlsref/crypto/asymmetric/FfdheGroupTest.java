package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.testing.FixedRandom;

/** The RFC 7919 groups: the transcribed primes and the exponent derivation. */
class FfdheGroupTest {
    @Test
    void primesMatchBouncyCastlesCopyOfRfc7919() {
        assertEquals(DHStandardGroups.rfc7919_ffdhe2048.getP(), FfdheGroup.FFDHE2048.prime());
        assertEquals(DHStandardGroups.rfc7919_ffdhe3072.getP(), FfdheGroup.FFDHE3072.prime());
    }

    @Test
    void primesAreSafeAndTwoGeneratesTheOrderQSubgroup() {
        for (FfdheGroup group : FfdheGroup.values()) {
            BigInteger p = group.prime();
            BigInteger q = p.subtract(BigInteger.ONE).shiftRight(1);
            assertTrue(p.isProbablePrime(40));
            assertTrue(q.isProbablePrime(40));
            assertEquals(BigInteger.ONE, group.generator().modPow(q, p));
            assertEquals(8 * group.length(), p.bitLength());
        }
    }

    @Test
    void exponentsHaveExactlyTheGroupsBitLength() {
        for (FfdheGroup group : FfdheGroup.values()) {
            FixedRandom zeros = new FixedRandom(Bytes.zeros(group.exponentBits() / 8));
            BigInteger x = group.derivePrivateExponent(zeros);
            assertEquals(0, zeros.remaining());
            assertEquals(BigInteger.ONE.shiftLeft(group.exponentBits() - 1), x);
            assertTrue(group.exponentBits() >= (group == FfdheGroup.FFDHE2048 ? 225 : 275));
        }
    }

    @Test
    void onlyTheImplementedGroupsAreFound() {
        assertEquals(Optional.of(FfdheGroup.FFDHE3072), FfdheGroup.of(NamedGroup.FFDHE3072));
        assertEquals(Optional.empty(), FfdheGroup.of(NamedGroup.FFDHE4096));
        assertEquals(Bytes.zeros(256), Bytes.of(FfdheGroup.FFDHE2048.encode(new byte[0])));
    }
}
