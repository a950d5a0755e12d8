package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;

/** {@code opaque Random[32]} of the hello messages (RFC 8446 §4.1.2). */
final class HelloRandom {
    /** The length of a Random. */
    static final int LENGTH = 32;

    private HelloRandom() {
    }

    /** Refuses a value that is not 32 bytes: a fixed-size field has no length on the wire. */
    static void check(Bytes random) {
        if (random.length() != LENGTH) {
            throw new IllegalArgumentException("Random must be 32 bytes, not " + random.length());
        }
    }
}
