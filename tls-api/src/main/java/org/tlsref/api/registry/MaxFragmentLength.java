package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS max_fragment_length values, RFC 6066 §4.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record MaxFragmentLength(int code) {
    private static final NameTable<MaxFragmentLength> TABLE = new NameTable<>(MaxFragmentLength::new, 0xFF);

    public static final MaxFragmentLength LENGTH_2_9 = TABLE.define(1, "2^9");
    public static final MaxFragmentLength LENGTH_2_10 = TABLE.define(2, "2^10");
    public static final MaxFragmentLength LENGTH_2_11 = TABLE.define(3, "2^11");
    public static final MaxFragmentLength LENGTH_2_12 = TABLE.define(4, "2^12");

    /** Checks that {@code code} fits the wire field. */
    public MaxFragmentLength {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static MaxFragmentLength of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<MaxFragmentLength> known() {
        return TABLE.known();
    }

    /** The IANA name, empty for an unknown code. */
    public Optional<String> name() {
        return TABLE.name(code);
    }

    /** True when the registry names this code. */
    public boolean isKnown() {
        return TABLE.name(code).isPresent();
    }

    @Override
    public String toString() {
        return TABLE.format(code);
    }
}
