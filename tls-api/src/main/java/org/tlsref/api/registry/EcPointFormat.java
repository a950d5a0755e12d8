package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS EC Point Formats, RFC 8422 §5.1.2.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record EcPointFormat(int code) {
    private static final NameTable<EcPointFormat> TABLE = new NameTable<>(EcPointFormat::new, 0xFF);

    public static final EcPointFormat UNCOMPRESSED = TABLE.define(0, "uncompressed");
    public static final EcPointFormat ANSIX962_COMPRESSED_PRIME = TABLE.define(1, "ansiX962_compressed_prime");
    public static final EcPointFormat ANSIX962_COMPRESSED_CHAR2 = TABLE.define(2, "ansiX962_compressed_char2");

    /** Checks that {@code code} fits the wire field. */
    public EcPointFormat {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static EcPointFormat of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<EcPointFormat> known() {
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
