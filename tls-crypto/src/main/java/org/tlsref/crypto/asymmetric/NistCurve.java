package org.tlsref.crypto.asymmetric;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.RandomSource;

/**
 * The NIST prime curves TLS uses for ECDHE and ECDSA (RFC 8446 §4.2.7, §4.2.3; FIPS 186-4
 * Appendix D.1.2): their uncompressed point encoding with validation, and the derivation of a
 * private scalar from the {@link RandomSource}.
 *
 * <p>The domain parameters are the JDK's own {@code java.security.spec} description of the named
 * curve, which both backends can read; the Bouncy Castle backend uses its own curve arithmetic.
 */
public enum NistCurve {
    /** secp256r1 (P-256), 32-byte coordinates. */
    SECP256R1(NamedGroup.SECP256R1, "secp256r1", 32),
    /** secp384r1 (P-384), 48-byte coordinates. */
    SECP384R1(NamedGroup.SECP384R1, "secp384r1", 48),
    /** secp521r1 (P-521), 66-byte coordinates. */
    SECP521R1(NamedGroup.SECP521R1, "secp521r1", 66);

    private static final byte UNCOMPRESSED = 4;

    private final NamedGroup group;
    private final String standardName;
    private final int coordinateLength;
    private final ECParameterSpec parameters;

    NistCurve(NamedGroup group, String standardName, int coordinateLength) {
        this.group = group;
        this.standardName = standardName;
        this.coordinateLength = coordinateLength;
        this.parameters = lookUp(standardName);
    }

    private static ECParameterSpec lookUp(String name) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks the named curve " + name, e);
        }
    }

    /** The TLS group. */
    public NamedGroup group() {
        return group;
    }

    /** The SEC 2 name, which both the JDK and Bouncy Castle understand. */
    public String standardName() {
        return standardName;
    }

    /** The coordinate and shared-secret length in bytes (RFC 8446 §4.2.8.2, §7.4.2). */
    public int coordinateLength() {
        return coordinateLength;
    }

    /** The length of an uncompressed point: 1 + 2 × {@link #coordinateLength()}. */
    public int encodedPointLength() {
        return 1 + 2 * coordinateLength;
    }

    /** The domain parameters. */
    public ECParameterSpec parameters() {
        return parameters;
    }

    /** The field prime p. */
    public BigInteger prime() {
        return ((ECFieldFp) parameters.getCurve().getField()).getP();
    }

    /** The order n of the base point. */
    public BigInteger order() {
        return parameters.getOrder();
    }

    /** The curve for a TLS group, if it is one of the three. */
    public static Optional<NistCurve> of(NamedGroup group) {
        for (NistCurve curve : values()) {
            if (curve.group.equals(group)) {
                return Optional.of(curve);
            }
        }
        return Optional.empty();
    }

    /** The curve whose domain parameters are {@code spec}, if it is one of the three. */
    public static Optional<NistCurve> of(ECParameterSpec spec) {
        for (NistCurve curve : values()) {
            ECParameterSpec mine = curve.parameters;
            if (mine.getCurve().equals(spec.getCurve())
                    && mine.getGenerator().equals(spec.getGenerator())
                    && mine.getOrder().equals(spec.getOrder())
                    && mine.getCofactor() == spec.getCofactor()) {
                return Optional.of(curve);
            }
        }
        return Optional.empty();
    }

    /**
     * A private scalar d in [1, n-1] drawn from {@code random} by FIPS 186-4 Appendix B.4.2
     * ("Key Pair Generation by Testing Candidates"): take bitlen(n) bits (big-endian, whole bytes,
     * excess high bits cleared) as c, retry while c > n - 2, and return d = c + 1. Both backends
     * use this, so the same randomness gives the same key in either.
     */
    public BigInteger derivePrivateScalar(RandomSource random) {
        BigInteger n = order();
        int bits = n.bitLength();
        int excessBits = 8 * ((bits + 7) / 8) - bits;
        BigInteger limit = n.subtract(BigInteger.TWO);
        while (true) {
            byte[] candidate = random.nextBytes((bits + 7) / 8);
            candidate[0] &= (byte) (0xFF >>> excessBits);
            BigInteger c = new BigInteger(1, candidate);
            Arrays.fill(candidate, (byte) 0);
            if (c.compareTo(limit) <= 0) {
                return c.add(BigInteger.ONE);
            }
        }
    }

    /**
     * Decodes and validates a peer's UncompressedPointRepresentation (RFC 8446 §4.2.8.2): the
     * right length, the 0x04 form, both coordinates in [0, p-1], and the curve equation
     * y^2 = x^3 + ax + b (mod p). The point at infinity has no uncompressed form, so the length and
     * form checks exclude it; the cofactor is 1, so no subgroup check is needed ("For these
     * curves, implementors do not need to verify membership in the correct subgroup").
     *
     * @throws org.tlsref.api.TlsAlert with
     *     {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE} for any failure
     */
    public ECPoint decodePoint(Bytes encoded) {
        KeyShareChecks.requireLength(encoded, encodedPointLength(), standardName + " point");
        if (encoded.get(0) != UNCOMPRESSED) {
            throw KeyShareChecks.invalid(standardName + " point: legacy_form "
                    + encoded.get(0) + ", only uncompressed (4) is allowed");
        }
        BigInteger x = OctetStrings.os2ip(encoded.slice(1, 1 + coordinateLength).toByteArray());
        BigInteger y = OctetStrings.os2ip(
                encoded.slice(1 + coordinateLength, encodedPointLength()).toByteArray());
        BigInteger p = prime();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw KeyShareChecks.invalid(standardName + " point: coordinate not below p");
        }
        if (!y.multiply(y).mod(p).equals(curveRightHandSide(x))) {
            throw KeyShareChecks.invalid(standardName + " point: not on the curve");
        }
        return new ECPoint(x, y);
    }

    /** x^3 + ax + b (mod p), the right-hand side of the curve equation. */
    public BigInteger curveRightHandSide(BigInteger x) {
        BigInteger p = prime();
        BigInteger a = parameters.getCurve().getA();
        BigInteger b = parameters.getCurve().getB();
        return x.pow(3).add(a.multiply(x)).add(b).mod(p);
    }

    /** The UncompressedPointRepresentation of {@code point} (RFC 8446 §4.2.8.2). */
    public Bytes encodePoint(ECPoint point) {
        byte[] out = new byte[encodedPointLength()];
        out[0] = UNCOMPRESSED;
        System.arraycopy(OctetStrings.i2osp(point.getAffineX(), coordinateLength), 0, out, 1,
                coordinateLength);
        System.arraycopy(OctetStrings.i2osp(point.getAffineY(), coordinateLength), 0, out,
                1 + coordinateLength, coordinateLength);
        return Bytes.of(out);
    }
}
