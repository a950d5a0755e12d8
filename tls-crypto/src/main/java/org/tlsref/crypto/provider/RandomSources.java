package org.tlsref.crypto.provider;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.tlsref.crypto.RandomSource;

/**
 * Where a configuration's {@link RandomSource} comes from: the system CSPRNG for real use, or a
 * deterministic source so that a handshake replays byte for byte (DESIGN.md, "Determinism").
 */
public final class RandomSources {
    private static final byte[] SEED_LABEL =
            "tlsref seeded RandomSource v1".getBytes(StandardCharsets.US_ASCII);

    private RandomSources() {
    }

    /**
     * The operating system's CSPRNG through {@link SecureRandom}. The one place in library code
     * that creates a {@code SecureRandom}; only the default configuration calls it. Thread-safe.
     */
    public static RandomSource system() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }

    /**
     * Hands out exactly {@code bytes}, in order, then fails: for replaying a recorded trace whose
     * randomness is known (an RFC 8448 client random, a key share's private key). Thread-safe.
     *
     * @throws IllegalStateException from {@code nextBytes} once more bytes are asked for than
     *     {@code bytes} holds, naming how many were asked and how many were left
     */
    public static RandomSource fixed(byte[] bytes) {
        return new FixedRandomSource(bytes.clone());
    }

    /**
     * A deterministic, unpredictable-looking stream for tests and benchmarks: the ChaCha20 key
     * stream (RFC 8439 §2.4, counter from 0, all-zero nonce) under the key
     * SHA-256("tlsref seeded RandomSource v1" || seed). The same seed gives the same bytes on
     * every run and platform. Not for production keys. Thread-safe.
     */
    public static RandomSource seeded(byte[] seed) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(SEED_LABEL, 0, SEED_LABEL.length);
        sha256.update(seed, 0, seed.length);
        byte[] key = new byte[32];
        sha256.doFinal(key, 0);
        ChaCha7539Engine chacha = new ChaCha7539Engine();
        chacha.init(true, new ParametersWithIV(new KeyParameter(key), new byte[12]));
        return out -> {
            synchronized (chacha) {
                Arrays.fill(out, (byte) 0);
                chacha.processBytes(out, 0, out.length, out, 0);
            }
        };
    }

    /** See {@link #fixed(byte[])}. */
    private static final class FixedRandomSource implements RandomSource {
        private final byte[] bytes;
        private int used;

        FixedRandomSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public synchronized void nextBytes(byte[] out) {
            if (out.length > bytes.length - used) {
                throw new IllegalStateException("fixed random source exhausted: asked for "
                        + out.length + " bytes, " + (bytes.length - used) + " of "
                        + bytes.length + " left");
            }
            System.arraycopy(bytes, used, out, 0, out.length);
            used += out.length;
        }
    }
}
