package org.tlsref.crypto.asymmetric;

import java.math.BigInteger;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.RandomSource;

/**
 * The two Montgomery curves of RFC 7748 as TLS uses them (RFC 8446 §4.2.8.2, §7.4.2): fixed-length
 * little-endian u-coordinates and private keys.
 *
 * <p>The private key is exactly the next {@link #length()} bytes of the {@link RandomSource}
 * (RFC 7748 §6.1: "Alice generates 32 random bytes in a[0] to a[31]"), clamped by the X25519/X448
 * function itself; so a published private key, such as the one in the RFC 8448 traces, can be
 * injected as randomness and reproduces the trace.
 */
public enum XdhCurve {
    /** RFC 7748 §4.1 curve25519, p = 2^255 - 19, base point u = 9. */
    X25519(NamedGroup.X25519, 32, 9, BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19))),
    /** RFC 7748 §4.2 curve448, p = 2^448 - 2^224 - 1, base point u = 5. */
    X448(NamedGroup.X448, 56, 5,
            BigInteger.TWO.pow(448).subtract(BigInteger.TWO.pow(224)).subtract(BigInteger.ONE));

    private final NamedGroup group;
    private final int length;
    private final int basePoint;
    private final BigInteger prime;

    XdhCurve(NamedGroup group, int length, int basePoint, BigInteger prime) {
        this.group = group;
        this.length = length;
        this.basePoint = basePoint;
        this.prime = prime;
    }

    /** The TLS group. */
    public NamedGroup group() {
        return group;
    }

    /** Length in bytes of private keys, public values and shared secrets: 32 or 56. */
    public int length() {
        return length;
    }

    /** The base point's u-coordinate (RFC 7748 §6.1, §6.2): 9 or 5. */
    public BigInteger basePoint() {
        return BigInteger.valueOf(basePoint);
    }

    /** The next {@link #length()} bytes of {@code random}: the private scalar, before clamping. */
    public byte[] drawPrivateKey(RandomSource random) {
        return random.nextBytes(length);
    }

    /**
     * RFC 7748 §5 decodeUCoordinate: little-endian; for X25519 the most significant bit of the
     * last byte is masked ("implementations of X25519 (but not X448) MUST mask the most
     * significant bit in the final byte"), and non-canonical values are reduced modulo p. The
     * caller has checked the length.
     */
    public BigInteger decodeUCoordinate(Bytes encoded) {
        byte[] bigEndian = new byte[length];
        for (int i = 0; i < length; i++) {
            bigEndian[length - 1 - i] = (byte) encoded.get(i);
        }
        if (this == X25519) {
            bigEndian[0] &= 0x7F;
        }
        return new BigInteger(1, bigEndian).mod(prime);
    }

    /** The group for {@code group}, if it is one of the two. */
    public static Optional<XdhCurve> of(NamedGroup group) {
        for (XdhCurve curve : values()) {
            if (curve.group.equals(group)) {
                return Optional.of(curve);
            }
        }
        return Optional.empty();
    }
}
