package org.tlsref.api.codec;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;

/**
 * Reads a bounded slice of bytes in the RFC presentation language (RFC 8446 §3).
 *
 * <p>Every read is checked against what remains in this slice; every vector length against the
 * {@code <floor..ceiling>} the RFC declares. A failure throws {@link TlsAlert} with
 * {@link DecodeFailure} naming the offset. The reader never allocates more than the input holds:
 * a length prefix is compared with the remaining bytes before anything is copied.
 */
public final class TlsReader {
    private final byte[] data;
    private final int start;
    private final int limit;
    private final String context;
    private int position;

    private TlsReader(byte[] data, int start, int limit, String context) {
        this.data = data;
        this.start = start;
        this.limit = limit;
        this.context = context;
        this.position = start;
    }

    /** A reader over all of {@code bytes}. */
    public static TlsReader of(Bytes bytes) {
        byte[] array = bytes.array();
        return new TlsReader(array, 0, array.length, "input");
    }

    /** A reader over a copy of {@code bytes}. */
    public static TlsReader of(byte[] bytes) {
        return of(Bytes.of(bytes));
    }

    /** The same slice and position, labelled {@code context} in error messages. */
    public TlsReader named(String context) {
        TlsReader named = new TlsReader(data, start, limit, context);
        named.position = position;
        return named;
    }

    /** An unsigned 8-bit integer. */
    public int u8() {
        need(1, "uint8");
        return data[position++] & 0xFF;
    }

    /** An unsigned 16-bit integer, network byte order. */
    public int u16() {
        need(2, "uint16");
        int v = (data[position] & 0xFF) << 8 | (data[position + 1] & 0xFF);
        position += 2;
        return v;
    }

    /** An unsigned 24-bit integer, network byte order. */
    public int u24() {
        need(3, "uint24");
        int v = (data[position] & 0xFF) << 16 | (data[position + 1] & 0xFF) << 8
                | (data[position + 2] & 0xFF);
        position += 3;
        return v;
    }

    /** An unsigned 32-bit integer, network byte order. */
    public long u32() {
        need(4, "uint32");
        long v = ((long) (data[position] & 0xFF) << 24) | (data[position + 1] & 0xFF) << 16
                | (data[position + 2] & 0xFF) << 8 | (data[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    /** {@code opaque field[n]}: exactly {@code n} bytes. */
    public Bytes fixed(int n) {
        need(n, "opaque[" + n + "]");
        Bytes b = Bytes.of(data, position, n);
        position += n;
        return b;
    }

    /** {@code opaque field<min..max>} with a one-byte length. */
    public Bytes opaque8(int min, int max) {
        return take(u8(), min, max, "opaque8");
    }

    /** {@code opaque field<min..max>} with a two-byte length. */
    public Bytes opaque16(int min, int max) {
        return take(u16(), min, max, "opaque16");
    }

    /** {@code opaque field<min..max>} with a three-byte length. */
    public Bytes opaque24(int min, int max) {
        return take(u24(), min, max, "opaque24");
    }

    /** A vector with a one-byte length, as a reader bounded to it. */
    public TlsReader vector8(int min, int max) {
        return child(u8(), min, max, "vector8");
    }

    /** A vector with a two-byte length, as a reader bounded to it. */
    public TlsReader vector16(int min, int max) {
        return child(u16(), min, max, "vector16");
    }

    /** A vector with a three-byte length, as a reader bounded to it. */
    public TlsReader vector24(int min, int max) {
        return child(u24(), min, max, "vector24");
    }

    /** The next {@code n} bytes as a reader bounded to them. */
    public TlsReader sub(int n) {
        need(n, "sub-structure of " + n + " bytes");
        TlsReader child = new TlsReader(data, position, position + n, context);
        position += n;
        return child;
    }

    /** All remaining bytes, consumed. */
    public Bytes rest() {
        return fixed(remaining());
    }

    /** The remaining bytes without consuming them. */
    public Bytes peekRest() {
        return Bytes.of(data, position, limit - position);
    }

    /** The next byte without consuming it. */
    public int peekU8() {
        need(1, "uint8");
        return data[position] & 0xFF;
    }

    /** Bytes not yet read in this slice. */
    public int remaining() {
        return limit - position;
    }

    /** True while bytes remain in this slice. */
    public boolean hasRemaining() {
        return position < limit;
    }

    /** Offset of the next byte, relative to the start of this slice. */
    public int position() {
        return position - start;
    }

    /** Fails with decode_error unless every byte of this slice has been read. */
    public void expectEnd() {
        if (position != limit) {
            throw new TlsAlert(DecodeFailure.TRAILING_BYTES,
                    where() + ": " + (limit - position) + " trailing byte(s)");
        }
    }

    private Bytes take(int length, int min, int max, String what) {
        checkLength(length, min, max, what);
        return fixed(length);
    }

    private TlsReader child(int length, int min, int max, String what) {
        checkLength(length, min, max, what);
        return sub(length);
    }

    private void checkLength(int length, int min, int max, String what) {
        if (length < min || length > max) {
            throw new TlsAlert(DecodeFailure.LENGTH_OUT_OF_RANGE, where() + ": " + what
                    + " length " + length + " outside <" + min + ".." + max + ">");
        }
    }

    private void need(int n, String what) {
        if (n < 0 || limit - position < n) {
            throw new TlsAlert(DecodeFailure.TRUNCATED, where() + ": " + what + " needs " + n
                    + " byte(s), " + (limit - position) + " remain");
        }
    }

    private String where() {
        return context + " at offset " + (position - start);
    }
}
