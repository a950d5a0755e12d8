package org.tlsref.engine;

import java.nio.ByteBuffer;
import org.tlsref.api.record.TlsInnerPlaintext;

/**
 * The application data received and not yet read, bounded: the connection stops taking records
 * from the network while less than one record's worth of room is left, so a peer cannot make it
 * buffer without limit (DESIGN.md, "Limits"). Mutable, owned by one connection.
 *
 * <p>The storage is made when the first application data arrives, not with the connection: a
 * handshake, and a connection that only sends, never pay for it. From then on it is reused.
 */
final class ApplicationDataBuffer {
    /** Four records' worth: room for one more record and enough for large reads. */
    static final int CAPACITY = 4 * TlsInnerPlaintext.MAX_LENGTH;

    /** Empty until {@link #append} first needs room; then {@link #CAPACITY} bytes for good. */
    private ByteBuffer buffer = ByteBuffer.allocate(0);

    /** True while a whole record's content still fits. */
    boolean hasRoomForARecord() {
        return !isAllocated() || buffer.remaining() >= TlsInnerPlaintext.MAX_LENGTH;
    }

    /** Appends a record's content (at most 2^14 bytes; see {@link #hasRoomForARecord()}). */
    void append(ByteBuffer content) {
        if (!isAllocated() && content.hasRemaining()) {
            buffer = ByteBuffer.allocate(CAPACITY);
        }
        buffer.put(content);
    }

    /** True once the storage exists (some application data has arrived). */
    boolean isAllocated() {
        return buffer.capacity() > 0;
    }

    /** True when nothing waits to be read. */
    boolean isEmpty() {
        return buffer.position() == 0;
    }

    /** Bytes waiting to be read. */
    int available() {
        return buffer.position();
    }

    /** Moves as much as fits into {@code destination}; returns how much. */
    int readInto(ByteBuffer destination) {
        buffer.flip();
        int count = Math.min(buffer.remaining(), destination.remaining());
        ByteBuffer slice = buffer.slice();
        slice.limit(count);
        destination.put(slice);
        buffer.position(buffer.position() + count);
        buffer.compact();
        return count;
    }
}
