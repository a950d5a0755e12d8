package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;

/** RFC 7748 §5 decodeUCoordinate. */
class XdhCurveTest {
    @Test
    void x25519MasksTheTopBitAndX448DoesNot() {
        Bytes top = Bytes.zeros(31).concat(Bytes.ofUnsigned(0x80));
        assertEquals(BigInteger.ZERO, XdhCurve.X25519.decodeUCoordinate(top));
        Bytes top448 = Bytes.zeros(55).concat(Bytes.ofUnsigned(0x80));
        assertEquals(BigInteger.ONE.shiftLeft(447), XdhCurve.X448.decodeUCoordinate(top448));
    }

    @Test
    void nonCanonicalValuesAreReducedModuloP() {
        Bytes pPlusOne = Bytes.fromHex("ee" + "ff".repeat(30) + "7f");
        assertEquals(BigInteger.ONE, XdhCurve.X25519.decodeUCoordinate(pPlusOne));
    }

    @Test
    void basePointsAndLookups() {
        assertEquals(BigInteger.valueOf(9), XdhCurve.X25519.basePoint());
        assertEquals(BigInteger.valueOf(5), XdhCurve.X448.basePoint());
        assertEquals(Optional.of(XdhCurve.X448), XdhCurve.of(NamedGroup.X448));
        assertEquals(Optional.empty(), XdhCurve.of(NamedGroup.SECP256R1));
    }
}
