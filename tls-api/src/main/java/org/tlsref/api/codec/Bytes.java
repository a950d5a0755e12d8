package org.tlsref.api.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Immutable opaque bytes with content equality and a hex {@code toString}: what records hold
 * instead of {@code byte[]}, whose equality is identity (STYLE.md, "Wire codecs").
 */
public final class Bytes implements Comparable<Bytes> {
    /** The empty value. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** A copy of {@code data}. */
    public static Bytes of(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** A copy of {@code length} bytes of {@code data} from {@code offset}. */
    public static Bytes of(byte[] data, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(data, offset, offset + length));
    }

    /** Bytes from small integers, for tests and constants: {@code Bytes.of(0x03, 0x03)}. */
    public static Bytes ofUnsigned(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 0xFF) {
                throw new IllegalArgumentException("not a byte: " + values[i]);
            }
            b[i] = (byte) values[i];
        }
        return new Bytes(b);
    }

    /** {@code length} zero bytes. */
    public static Bytes zeros(int length) {
        return length == 0 ? EMPTY : new Bytes(new byte[length]);
    }

    /**
     * Parses hex; whitespace and colons are ignored so RFC dumps paste as they are.
     *
     * @throws IllegalArgumentException on an odd number of digits or a non-hex character
     */
    public static Bytes fromHex(CharSequence hex) {
        StringBuilder digits = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!Character.isWhitespace(c) && c != ':') {
                digits.append(c);
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + digits.length());
        }
        try {
            return of(HEX.parseHex(digits));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not hex: " + e.getMessage(), e);
        }
    }

    /** Takes ownership of {@code data} without copying; for codecs that just built the array. */
    static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    /** The number of bytes. */
    public int length() {
        return data.length;
    }

    /** True when there are no bytes. */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /** The unsigned byte at {@code index}. */
    public int get(int index) {
        return data[index] & 0xFF;
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return data.clone();
    }

    /** Copies the bytes into {@code dest} at {@code offset}. */
    public void copyTo(byte[] dest, int offset) {
        System.arraycopy(data, 0, dest, offset, data.length);
    }

    /** Puts the bytes into {@code dest} at its position. */
    public void copyTo(ByteBuffer dest) {
        dest.put(data);
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive). */
    public Bytes slice(int from, int to) {
        return of(data, from, to - from);
    }

    /** These bytes followed by {@code other}. */
    public Bytes concat(Bytes other) {
        byte[] joined = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, joined, data.length, other.data.length);
        return wrap(joined);
    }

    /** True when these bytes start with {@code prefix}. */
    public boolean startsWith(Bytes prefix) {
        return prefix.length() <= length()
                && Arrays.equals(data, 0, prefix.length(), prefix.data, 0, prefix.length());
    }

    /** Lower-case hex without separators. */
    public String toHex() {
        return HEX.formatHex(data);
    }

    /** Reads these bytes. */
    public TlsReader reader() {
        return TlsReader.of(this);
    }

    byte[] array() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
