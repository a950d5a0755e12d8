package org.tlsref.crypto;

/**
 * Where every random byte comes from (DESIGN.md, "Determinism"): the configuration injects it,
 * so a handshake with a fixed source replays byte for byte. Library code never creates its own.
 */
@FunctionalInterface
public interface RandomSource {
    /** Fills {@code out} with random bytes. */
    void nextBytes(byte[] out);

    /** {@code n} fresh random bytes. */
    default byte[] nextBytes(int n) {
        byte[] out = new byte[n];
        nextBytes(out);
        return out;
    }
}
