package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoFailure;

/** The strict DER ECDSA-Sig-Value codec (RFC 8446 §4.2.3, RFC 3279 §2.2.3). */
class EcdsaSignatureEncodingTest {
    private static final BigInteger N521 = NistCurve.SECP521R1.order();
    private static final BigInteger N256 = NistCurve.SECP256R1.order();

    private static BigInteger scalar(byte[] bytes, BigInteger n) {
        return new BigInteger(1, bytes).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    private static void assertBad(Bytes der, BigInteger n) {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> EcdsaSignatureEncoding.decode(der, n));
        assertEquals(CryptoFailure.BAD_SIGNATURE, alert.reason());
    }

    /** Cheap: pure byte handling, so the full 10,000 tries. */
    @Property(tries = 10000)
    void encodingRoundTripsAndMatchesBouncyCastlesDer(@ForAll @Size(66) byte[] rBytes,
            @ForAll @Size(66) byte[] sBytes, @ForAll boolean p521) throws IOException {
        BigInteger n = p521 ? N521 : N256;
        BigInteger r = scalar(rBytes, n);
        BigInteger s = scalar(sBytes, n);
        Bytes der = EcdsaSignatureEncoding.encode(r, s);
        assertEquals(new EcdsaSignatureEncoding.Components(r, s), EcdsaSignatureEncoding.decode(der, n));
        assertArrayEquals(StandardDSAEncoding.INSTANCE.encode(n, r, s), der.toByteArray());
    }

    @Test
    void everyStrictPrefixIsRefused() {
        for (BigInteger n : List.of(N256, N521)) {
            Bytes der = EcdsaSignatureEncoding.encode(n.subtract(BigInteger.ONE), n.shiftRight(1));
            for (int length = 0; length < der.length(); length++) {
                assertBad(der.slice(0, length), n);
            }
        }
    }

    @Test
    void integersOutsideOneToNMinusOneAreRefused() {
        assertBad(EcdsaSignatureEncoding.encode(BigInteger.ZERO, BigInteger.ONE), N256);
        assertBad(EcdsaSignatureEncoding.encode(BigInteger.ONE, N256), N256);
        assertBad(Bytes.fromHex("3006 020101 0201ff"), N256);
        assertBad(Bytes.fromHex("3005 020101 0200"), N256);
    }

    @Test
    void nonMinimalFormsAreRefused() {
        assertBad(Bytes.fromHex("3007 02020001 020101"), N256);
        assertBad(Bytes.fromHex("308106 020101 020101"), N256);
        assertBad(Bytes.fromHex("3082000006 020101 020101"), N256);
        assertBad(Bytes.fromHex("3008 02810101 020101"), N256);
    }

    @Test
    void wrongTagsLengthsAndTrailingBytesAreRefused() {
        assertBad(Bytes.fromHex("3106 020101 020101"), N256);
        assertBad(Bytes.fromHex("3006 030101 020101"), N256);
        assertBad(Bytes.fromHex("3007 020101 020101"), N256);
        assertBad(Bytes.fromHex("3006 020101 020101 00"), N256);
        assertBad(Bytes.fromHex("3009 020101 020101 020101"), N256);
        assertBad(Bytes.fromHex("3006 020201 020101"), N256);
    }

    @Test
    void theSmallestValidSignatureDecodes() {
        assertEquals(new EcdsaSignatureEncoding.Components(BigInteger.ONE, BigInteger.TWO),
                EcdsaSignatureEncoding.decode(Bytes.fromHex("3006 020101 020102"), N256));
        assertEquals(new EcdsaSignatureEncoding.Components(BigInteger.valueOf(0x80), BigInteger.ONE),
                EcdsaSignatureEncoding.decode(Bytes.fromHex("3007 02020080 020101"), N256));
    }
}
