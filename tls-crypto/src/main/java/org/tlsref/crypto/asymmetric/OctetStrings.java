package org.tlsref.crypto.asymmetric;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Conversions between non-negative integers and fixed-length big-endian octet strings
 * (RFC 8017 §4.1 I2OSP and §4.2 OS2IP), used wherever TLS fixes the length of a number on the
 * wire: FFDHE public values and secrets (RFC 8446 §4.2.8.1, §7.4.1), ECDH coordinates and secrets
 * (RFC 8446 §4.2.8.2, §7.4.2), RSA blocks.
 */
public final class OctetStrings {
    private OctetStrings() {
    }

    /**
     * RFC 8017 §4.1 I2OSP: {@code x} as exactly {@code length} big-endian octets.
     *
     * @throws IllegalArgumentException if {@code x} is negative or does not fit
     */
    public static byte[] i2osp(BigInteger x, int length) {
        if (x.signum() < 0 || x.bitLength() > 8 * length) {
            throw new IllegalArgumentException("integer too large for " + length + " octets");
        }
        byte[] magnitude = x.toByteArray();
        int skip = magnitude.length > length ? magnitude.length - length : 0;
        byte[] out = new byte[length];
        System.arraycopy(magnitude, skip, out, length - (magnitude.length - skip),
                magnitude.length - skip);
        Arrays.fill(magnitude, (byte) 0);
        return out;
    }

    /** RFC 8017 §4.2 OS2IP: the non-negative integer whose big-endian octets are {@code octets}. */
    public static BigInteger os2ip(byte[] octets) {
        return new BigInteger(1, octets);
    }

    /**
     * {@code value} left-padded with zero octets to {@code length}; {@code value} itself when it is
     * already that long.
     *
     * @throws IllegalArgumentException if {@code value} is longer and its excess octets are not zero
     */
    public static byte[] leftPad(byte[] value, int length) {
        if (value.length == length) {
            return value;
        }
        if (value.length > length) {
            for (int i = 0; i < value.length - length; i++) {
                if (value[i] != 0) {
                    throw new IllegalArgumentException("value longer than " + length + " octets");
                }
            }
            return Arrays.copyOfRange(value, value.length - length, value.length);
        }
        byte[] out = new byte[length];
        System.arraycopy(value, 0, out, length - value.length, value.length);
        return out;
    }
}
