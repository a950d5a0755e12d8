package org.tlsref.crypto.testing;

import java.util.Random;
import org.tlsref.crypto.RandomSource;

/** A reproducible {@link RandomSource} for tests: java.util.Random from a seed. */
public final class SeededRandom implements RandomSource {
    private final Random random;

    /** The stream for {@code seed}. */
    public SeededRandom(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public void nextBytes(byte[] out) {
        random.nextBytes(out);
    }
}
