package org.tlsref.engine.record;

import java.nio.ByteBuffer;

/**
 * The bytes the record layer has produced and the connection has not yet drained: one array,
 * compacted when drained and grown (doubling) only when a write does not fit, so steady-state
 * write-then-drain reuses it.
 */
final class Outbox {
    private static final int INITIAL_CAPACITY = 4096;

    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private ByteBuffer view = ByteBuffer.wrap(buffer);
    private int start;
    private int end;

    /**
     * A buffer positioned at the end of the pending bytes with at least {@code room} bytes
     * remaining; write into it, then {@link #commit} it. Valid until the next call.
     */
    ByteBuffer reserve(int room) {
        if (buffer.length - end < room) {
            makeRoom(room);
        }
        view.limit(buffer.length).position(end);
        return view;
    }

    /** Takes what was written into the buffer of {@link #reserve} as pending output. */
    void commit(ByteBuffer written) {
        end = written.position();
    }

    /** Moves as many pending bytes as fit into {@code out}; returns how many. */
    int drainTo(ByteBuffer out) {
        int n = Math.min(out.remaining(), end - start);
        out.put(buffer, start, n);
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return n;
    }

    /** Bytes waiting to be drained. */
    int pending() {
        return end - start;
    }

    private void makeRoom(int room) {
        int pending = end - start;
        if (buffer.length - pending >= room) {
            System.arraycopy(buffer, start, buffer, 0, pending);
        } else {
            byte[] larger = new byte[Math.max(2 * buffer.length, pending + room)];
            System.arraycopy(buffer, start, larger, 0, pending);
            buffer = larger;
            view = ByteBuffer.wrap(buffer);
        }
        start = 0;
        end = pending;
    }
}
