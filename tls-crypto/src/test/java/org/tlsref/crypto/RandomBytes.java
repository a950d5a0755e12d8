package org.tlsref.crypto;

import java.util.Random;

/** Reproducible filler bytes for tests: the same seed gives the same bytes. */
public final class RandomBytes {
    private RandomBytes() {
    }

    /** {@code length} bytes from a {@link Random} seeded with {@code seed}. */
    public static byte[] of(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
