package org.tlsref.crypto;

import java.nio.ByteBuffer;
import org.tlsref.api.codec.Bytes;

/** The kinds of ByteBuffer an {@link Aead} must accept, each holding given bytes. */
public enum BufferKind {
    /** A heap buffer over its whole array. */
    HEAP,
    /** A heap buffer whose content starts at a non-zero array offset and position. */
    HEAP_SLICE,
    /** A direct buffer. */
    DIRECT,
    /** A read-only heap buffer (input only): no accessible array. */
    READ_ONLY;

    /** A buffer of this kind whose remaining bytes are {@code content}. */
    public ByteBuffer holding(Bytes content) {
        ByteBuffer buffer = empty(content.length());
        int start = buffer.position();
        content.copyTo(buffer);
        buffer.limit(buffer.position()).position(start);
        return this == READ_ONLY ? buffer.asReadOnlyBuffer() : buffer;
    }

    /** An empty buffer of this kind with room for {@code capacity} bytes from its position. */
    public ByteBuffer empty(int capacity) {
        return switch (this) {
            case HEAP, READ_ONLY -> ByteBuffer.allocate(capacity);
            case HEAP_SLICE -> ByteBuffer.allocate(capacity + 7).position(3).slice().position(4);
            case DIRECT -> ByteBuffer.allocateDirect(capacity);
        };
    }

    /** The bytes between {@code from} and the position of {@code buffer}. */
    public static Bytes written(ByteBuffer buffer, int from) {
        byte[] out = new byte[buffer.position() - from];
        buffer.duplicate().position(from).get(out);
        return Bytes.of(out);
    }
}
