package org.tlsref.engine.testing;

import java.math.BigInteger;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.provider.RandomSources;

/**
 * Randomness for a replay: exactly the trace's values first (a hello random, a session id,
 * ephemeral private keys, in the order the engine draws them), then a seeded stream for what
 * the trace does not fix (an RSA-PSS salt, RSA blinding).
 */
public final class ReplayRandom {
    private ReplayRandom() {
    }

    /** {@code prefix} concatenated, then seeded bytes. */
    public static RandomSource of(Bytes... prefix) {
        Bytes all = Bytes.EMPTY;
        for (Bytes part : prefix) {
            all = all.concat(part);
        }
        byte[] fixed = all.toByteArray();
        RandomSource rest = RandomSources.seeded(fixed);
        int[] used = {0};
        return out -> {
            int fromFixed = Math.min(out.length, fixed.length - used[0]);
            System.arraycopy(fixed, used[0], out, 0, fromFixed);
            used[0] += fromFixed;
            if (fromFixed < out.length) {
                byte[] more = new byte[out.length - fromFixed];
                rest.nextBytes(more);
                System.arraycopy(more, 0, out, fromFixed, more.length);
            }
        };
    }

    /**
     * The bytes that make {@code NistCurve.derivePrivateScalar} return {@code d}: it returns
     * c + 1 for the candidate c read from the source, so the source must hold d - 1.
     */
    public static Bytes nistScalar(Bytes d) {
        BigInteger minusOne = new BigInteger(1, d.toByteArray())
                .subtract(BigInteger.ONE);
        byte[] raw = minusOne.toByteArray();
        byte[] fixed = new byte[d.length()];
        int copy = Math.min(raw.length, fixed.length);
        System.arraycopy(raw, raw.length - copy, fixed, fixed.length - copy, copy);
        return Bytes.of(fixed);
    }
}
