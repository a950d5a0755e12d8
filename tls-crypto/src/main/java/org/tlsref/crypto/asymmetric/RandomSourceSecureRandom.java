package org.tlsref.crypto.asymmetric;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import org.tlsref.crypto.RandomSource;

/**
 * A {@link SecureRandom} whose every byte comes from an injected {@link RandomSource}, for the
 * provider APIs that only take a {@code SecureRandom} (PSS salts, ECDSA nonces). It has no
 * entropy of its own and ignores seeding, so a fixed source gives reproducible output.
 */
public final class RandomSourceSecureRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    /** A view of {@code source}. */
    public RandomSourceSecureRandom(RandomSource source) {
        super(new Spi(source), null);
    }

    @Override
    public String getAlgorithm() {
        return "tlsref-RandomSource";
    }

    /** Delegates every request for bytes to the source. */
    private static final class Spi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        private final transient RandomSource source;

        Spi(RandomSource source) {
            this.source = source;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // The injected source decides every byte; extra seed material is ignored.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            source.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return source.nextBytes(numBytes);
        }
    }
}
