package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** I2OSP, OS2IP and left padding (RFC 8017 §4.1, §4.2). */
class OctetStringsTest {
    @Test
    void i2ospWritesFixedLengthBigEndian() {
        assertArrayEquals(new byte[] {0, 0, 1, 2}, OctetStrings.i2osp(BigInteger.valueOf(0x0102), 4));
        assertArrayEquals(new byte[] {(byte) 0xFF}, OctetStrings.i2osp(BigInteger.valueOf(255), 1));
        assertArrayEquals(new byte[2], OctetStrings.i2osp(BigInteger.ZERO, 2));
    }

    @Test
    void i2ospRefusesNegativeAndOversizedIntegers() {
        assertThrows(IllegalArgumentException.class,
                () -> OctetStrings.i2osp(BigInteger.valueOf(-1), 4));
        assertThrows(IllegalArgumentException.class,
                () -> OctetStrings.i2osp(BigInteger.valueOf(256), 1));
    }

    @Test
    void os2ipReadsUnsignedBigEndian() {
        assertEquals(BigInteger.valueOf(0xFF01), OctetStrings.os2ip(new byte[] {(byte) 0xFF, 1}));
    }

    @Test
    void leftPadAddsOrDropsOnlyZeros() {
        byte[] same = {1, 2};
        assertSame(same, OctetStrings.leftPad(same, 2));
        assertArrayEquals(new byte[] {0, 0, 1, 2}, OctetStrings.leftPad(same, 4));
        assertArrayEquals(new byte[] {1, 2}, OctetStrings.leftPad(new byte[] {0, 0, 1, 2}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> OctetStrings.leftPad(new byte[] {0, 1, 1, 2}, 2));
    }
}
