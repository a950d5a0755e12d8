package org.tlsref.crypto.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.spec.ECPoint;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;
import org.tlsref.crypto.asymmetric.NistCurve;

/** d·G recovered from the JDK's x-only ECDH, checked against Bouncy Castle's multiplication. */
class JcaEcPublicPointTest {
    private static ECPoint reference(NistCurve curve, BigInteger d) {
        org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier()
                .multiply(CustomNamedCurves.getByName(curve.standardName()).getG(), d).normalize();
        ECFieldElement x = q.getAffineXCoord();
        return new ECPoint(x.toBigInteger(), q.getAffineYCoord().toBigInteger());
    }

    @Test
    void theEdgeScalarsOneTwoAndNMinusOne() throws GeneralSecurityException {
        for (NistCurve curve : NistCurve.values()) {
            JcaEcPublicPoint point = new JcaEcPublicPoint(curve);
            BigInteger n = curve.order();
            for (BigInteger d : new BigInteger[] {BigInteger.ONE, BigInteger.TWO,
                    n.subtract(BigInteger.ONE), n.subtract(BigInteger.TWO)}) {
                assertEquals(reference(curve, d), point.multiplyBasePoint(d), curve + " d=" + d);
            }
        }
    }

    /** Each try is three ECDH computations on the JDK (P-521 several ms), so 200 tries. */
    @Property(tries = 200)
    void anyScalarGivesBouncyCastlesPoint(@ForAll @Size(66) byte[] random,
            @ForAll NistCurve curve) throws GeneralSecurityException {
        BigInteger n = curve.order();
        BigInteger d = new BigInteger(1, random).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        assertEquals(reference(curve, d), new JcaEcPublicPoint(curve).multiplyBasePoint(d));
    }
}
