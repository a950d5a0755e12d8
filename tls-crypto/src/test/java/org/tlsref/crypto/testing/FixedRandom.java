package org.tlsref.crypto.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.RandomSource;

/**
 * A {@link RandomSource} that hands out exactly the given bytes, in order, and fails when asked
 * for more: it proves both what an operation drew and how much.
 */
public final class FixedRandom implements RandomSource {
    private final Deque<Byte> remaining = new ArrayDeque<>();

    /** The concatenation of {@code chunks}. */
    public FixedRandom(Bytes... chunks) {
        for (Bytes chunk : chunks) {
            for (int i = 0; i < chunk.length(); i++) {
                remaining.add((byte) chunk.get(i));
            }
        }
    }

    @Override
    public void nextBytes(byte[] out) {
        if (out.length > remaining.size()) {
            throw new AssertionError("asked for " + out.length + " bytes, only "
                    + remaining.size() + " left");
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = remaining.poll();
        }
    }

    /** How many bytes were not drawn. */
    public int remaining() {
        return remaining.size();
    }
}
