package org.tlsref.api.codec;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes the RFC presentation language (RFC 8446 §3), the mirror of {@link TlsReader}.
 *
 * <p>{@code vector16(min, max, body -> ...)} reserves the length, runs the body and patches the
 * length when it returns, so the nesting of the code is the nesting of the wire. A strict writer
 * ({@link #create()}) refuses lengths outside the declared bounds with
 * {@link IllegalArgumentException}: a local mistake, not a peer's. A lenient writer
 * ({@link #lenient()}) checks only what the length prefix can express, so tests and the probe can
 * build messages the RFC forbids.
 */
public final class TlsWriter {
    private byte[] buffer;
    private int size;
    private final boolean strict;

    private TlsWriter(boolean strict) {
        this.buffer = new byte[256];
        this.strict = strict;
    }

    /** A writer that enforces the RFC's vector bounds. */
    public static TlsWriter create() {
        return new TlsWriter(true);
    }

    /** A writer that lets RFC bounds be broken (only the prefix width is enforced). */
    public static TlsWriter lenient() {
        return new TlsWriter(false);
    }

    /** Encodes with a fresh strict writer and returns the bytes. */
    public static Bytes encode(Consumer<TlsWriter> body) {
        TlsWriter w = create();
        body.accept(w);
        return w.toBytes();
    }

    /** Writes an unsigned 8-bit integer. */
    public TlsWriter u8(int v) {
        checkWidth(v, 0xFF, "uint8");
        ensure(1);
        buffer[size++] = (byte) v;
        return this;
    }

    /** Writes an unsigned 16-bit integer. */
    public TlsWriter u16(int v) {
        checkWidth(v, 0xFFFF, "uint16");
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    /** Writes an unsigned 24-bit integer. */
    public TlsWriter u24(int v) {
        checkWidth(v, 0xFFFFFF, "uint24");
        ensure(3);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    /** Writes an unsigned 32-bit integer. */
    public TlsWriter u32(long v) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("uint32 out of range: " + v);
        }
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    /** Writes bytes with no length prefix ({@code opaque field[n]}). */
    public TlsWriter bytes(Bytes b) {
        ensure(b.length());
        b.copyTo(buffer, size);
        size += b.length();
        return this;
    }

    /** Writes {@code opaque field<min..max>} with a one-byte length. */
    public TlsWriter opaque8(int min, int max, Bytes b) {
        return vector8(min, max, w -> w.bytes(b));
    }

    /** Writes {@code opaque field<min..max>} with a two-byte length. */
    public TlsWriter opaque16(int min, int max, Bytes b) {
        return vector16(min, max, w -> w.bytes(b));
    }

    /** Writes {@code opaque field<min..max>} with a three-byte length. */
    public TlsWriter opaque24(int min, int max, Bytes b) {
        return vector24(min, max, w -> w.bytes(b));
    }

    /** Writes a vector with a one-byte length around what {@code body} writes. */
    public TlsWriter vector8(int min, int max, Consumer<TlsWriter> body) {
        return vector(1, 0xFF, min, max, body);
    }

    /** Writes a vector with a two-byte length around what {@code body} writes. */
    public TlsWriter vector16(int min, int max, Consumer<TlsWriter> body) {
        return vector(2, 0xFFFF, min, max, body);
    }

    /** Writes a vector with a three-byte length around what {@code body} writes. */
    public TlsWriter vector24(int min, int max, Consumer<TlsWriter> body) {
        return vector(3, 0xFFFFFF, min, max, body);
    }

    /** Bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of what was written. */
    public Bytes toBytes() {
        return Bytes.wrap(Arrays.copyOf(buffer, size));
    }

    private TlsWriter vector(int width, int capacity, int min, int max, Consumer<TlsWriter> body) {
        ensure(width);
        int lengthAt = size;
        size += width;
        body.accept(this);
        int length = size - lengthAt - width;
        if (length > capacity) {
            throw new IllegalArgumentException(
                    "vector of " + length + " bytes exceeds its " + width + "-byte length prefix");
        }
        if (strict && (length < min || length > max)) {
            throw new IllegalArgumentException(
                    "vector of " + length + " bytes outside <" + min + ".." + max + ">");
        }
        for (int i = width - 1; i >= 0; i--) {
            buffer[lengthAt + i] = (byte) (length >>> (8 * (width - 1 - i)));
        }
        return this;
    }

    private void checkWidth(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
    }

    private void ensure(int n) {
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
        }
    }
}
