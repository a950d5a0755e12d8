package org.tlsref.engine;

import java.nio.ByteBuffer;
import org.tlsref.api.record.TlsInnerPlaintext;

/**
 * The application data received and not yet read, bounded: the connection stops taking records
 * from the network while less than one record's worth of room is left, so a peer cannot make it
 * buffer without limit (DESIGN.md, "Limits"). Mutable, owned by one connection.
 */
final class ApplicationDataBuffer {
    /** Four records' worth: room for one more record and enough for large reads. */
    static final int CAPACITY = 4 * TlsInnerPlaintext.MAX_LENGTH;

    private final ByteBuffer buffer = ByteBuffer.allocate(CAPACITY);

    /** True while a whole record's content still fits. */
    boolean hasRoomForARecord() {
        return buffer.remaining() >= TlsInnerPlaintext.MAX_LENGTH;
    }

    /** Appends a record's content (at most 2^14 bytes; see {@link #hasRoomForARecord()}). */
    void append(ByteBuffer content) {
        buffer.put(content);
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
