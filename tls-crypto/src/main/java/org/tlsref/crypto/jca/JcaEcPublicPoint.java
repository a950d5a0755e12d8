package org.tlsref.crypto.jca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.spec.ECPoint;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.asymmetric.OctetStrings;

/**
 * Q = d·G with only the JDK's ECDH, which yields x-coordinates alone.
 *
 * <p>x1 = x(d·G) fixes Q up to sign: Q is (x1, y) or (x1, p - y), where y is a square root of
 * x1^3 + ax + b (p ≡ 3 mod 4 for all three curves, so y = rhs^((p+1)/4)). The sign follows from
 * x2 = x((d+1)·G) = x(Q + G): adding G to the candidate (x1, y) with the affine formula
 * (SEC 1 §2.2.1) gives x2 for exactly one of the two candidates. All arithmetic after the two ECDH
 * computations is on public values. d = n-1 (Q = -G) is the one scalar where d+1 is not a valid
 * private key; it shows as x1 = x(G) and is settled directly.
 */
final class JcaEcPublicPoint {
    private final NistCurve curve;

    JcaEcPublicPoint(NistCurve curve) {
        this.curve = curve;
    }

    /** d·G for 1 ≤ d &lt; n. */
    ECPoint multiplyBasePoint(BigInteger d) throws GeneralSecurityException {
        ECPoint g = curve.parameters().getGenerator();
        BigInteger p = curve.prime();
        BigInteger x1 = x(d);
        if (x1.equals(g.getAffineX())) {
            return d.equals(BigInteger.ONE) ? g
                    : new ECPoint(g.getAffineX(), p.subtract(g.getAffineY()));
        }
        BigInteger x2 = x(d.add(BigInteger.ONE));
        BigInteger rhs = curve.curveRightHandSide(x1);
        BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        BigInteger lambda = y.subtract(g.getAffineY())
                .multiply(x1.subtract(g.getAffineX()).modInverse(p)).mod(p);
        BigInteger sumX = lambda.multiply(lambda).subtract(x1).subtract(g.getAffineX()).mod(p);
        return new ECPoint(x1, sumX.equals(x2) ? y : p.subtract(y));
    }

    private BigInteger x(BigInteger scalar) throws GeneralSecurityException {
        return OctetStrings.os2ip(JcaEcdhKeyExchange.sharedX(curve,
                JcaEcdhKeyExchange.privateKey(curve, scalar), curve.parameters().getGenerator()));
    }
}
