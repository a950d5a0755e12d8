package org.tlsref.crypto.asymmetric;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.RandomSource;

/**
 * The finite-field Diffie-Hellman groups of RFC 7919 that tlsref offers, with the generator 2 and
 * the public-value rules of RFC 8446 §4.2.8.1: values left-padded to the prime's length, and peer
 * values checked to satisfy 1 &lt; Y &lt; p-1 (RFC 7919 §5.1).
 *
 * <p>Private exponents are short (RFC 7919 §5.2): an m-bit integer with m above the group's
 * recommended minimum (225 bits for ffdhe2048, 275 for ffdhe3072, RFC 7919 Appendix A.1, A.2),
 * drawn from the {@link RandomSource} as m/8 bytes with the top bit set.
 */
public enum FfdheGroup {
    /** RFC 7919 Appendix A.1, a 2048-bit safe prime; 256-bit private exponents. */
    FFDHE2048(NamedGroup.FFDHE2048, 256, """
            FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695
            A9E13641146433FBCC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617A
            D3DF1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7F57C935
            984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797A
            BC0AB182B324FB61D108A94BB2C8E3FBB96ADAB760D7F4681D4F42A3DE394DF4
            AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F61
            9172FE9CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005
            C58EF1837D1683B2C6F34A26C1B2EFFA886B423861285C97FFFFFFFFFFFFFFFF
            """),
    /** RFC 7919 Appendix A.2, a 3072-bit safe prime; 320-bit private exponents. */
    FFDHE3072(NamedGroup.FFDHE3072, 320, """
            FFFFFFFFFFFFFFFFADF85458A2BB4A9AAFDC5620273D3CF1D8B9C583CE2D3695
            A9E13641146433FBCC939DCE249B3EF97D2FE363630C75D8F681B202AEC4617A
            D3DF1ED5D5FD65612433F51F5F066ED0856365553DED1AF3B557135E7F57C935
            984F0C70E0E68B77E2A689DAF3EFE8721DF158A136ADE73530ACCA4F483A797A
            BC0AB182B324FB61D108A94BB2C8E3FBB96ADAB760D7F4681D4F42A3DE394DF4
            AE56EDE76372BB190B07A7C8EE0A6D709E02FCE1CDF7E2ECC03404CD28342F61
            9172FE9CE98583FF8E4F1232EEF28183C3FE3B1B4C6FAD733BB5FCBC2EC22005
            C58EF1837D1683B2C6F34A26C1B2EFFA886B4238611FCFDCDE355B3B6519035B
            BC34F4DEF99C023861B46FC9D6E6C9077AD91D2691F7F7EE598CB0FAC186D91C
            AEFE130985139270B4130C93BC437944F4FD4452E2D74DD364F2E21E71F54BFF
            5CAE82AB9C9DF69EE86D2BC522363A0DABC521979B0DEADA1DBF9A42D5C4484E
            0ABCD06BFA53DDEF3C1B20EE3FD59D7C25E41D2B66C62E37FFFFFFFFFFFFFFFF
            """);

    private final NamedGroup group;
    private final int exponentBits;
    private final BigInteger prime;

    FfdheGroup(NamedGroup group, int exponentBits, String primeHex) {
        this.group = group;
        this.exponentBits = exponentBits;
        this.prime = new BigInteger(primeHex.replaceAll("\\s", ""), 16);
    }

    /** The TLS group. */
    public NamedGroup group() {
        return group;
    }

    /** The prime p. */
    public BigInteger prime() {
        return prime;
    }

    /** The generator g = 2 (RFC 7919 Appendix A). */
    public BigInteger generator() {
        return BigInteger.TWO;
    }

    /** The length of p in bytes, which is the length of every public value and shared secret. */
    public int length() {
        return (prime.bitLength() + 7) / 8;
    }

    /** The length in bits of private exponents. */
    public int exponentBits() {
        return exponentBits;
    }

    /** The group for a TLS group, if it is one of these. */
    public static Optional<FfdheGroup> of(NamedGroup group) {
        for (FfdheGroup g : values()) {
            if (g.group.equals(group)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * A private exponent of exactly {@link #exponentBits()} bits (RFC 7919 §5.2): the next
     * exponentBits/8 bytes of {@code random}, big-endian, with the top bit set.
     */
    public BigInteger derivePrivateExponent(RandomSource random) {
        byte[] bytes = random.nextBytes(exponentBits / 8);
        bytes[0] |= (byte) 0x80;
        BigInteger x = new BigInteger(1, bytes);
        Arrays.fill(bytes, (byte) 0);
        return x;
    }

    /**
     * Decodes a peer's public value: exactly {@link #length()} bytes (RFC 8446 §4.2.8.1) and
     * 1 &lt; Y &lt; p-1 (RFC 7919 §5.1: "Peers MUST validate each other's public key Y ... by
     * ensuring that 1 &lt; Y &lt; p-1").
     *
     * @throws org.tlsref.api.TlsAlert with
     *     {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE} otherwise
     */
    public BigInteger decodePublicValue(Bytes encoded) {
        KeyShareChecks.requireLength(encoded, length(), group + " public value");
        BigInteger y = OctetStrings.os2ip(encoded.toByteArray());
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(prime.subtract(BigInteger.ONE)) >= 0) {
            throw KeyShareChecks.invalid(group + " public value outside 1 < Y < p-1");
        }
        return y;
    }

    /** {@code value} big-endian and left-padded to {@link #length()} (RFC 8446 §4.2.8.1, §7.4.1). */
    public byte[] encode(byte[] value) {
        return OctetStrings.leftPad(value, length());
    }
}
