package org.tlsref.api.message;

/** The range check for uint32 fields held in a {@code long}. */
final class Uint32 {
    private Uint32() {
    }

    /** Refuses a value outside 0..2^32-1. */
    static void check(long value, String field) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(field + " is not a uint32: " + value);
        }
    }
}
