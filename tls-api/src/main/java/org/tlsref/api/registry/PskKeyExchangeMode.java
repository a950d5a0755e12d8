package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS PskKeyExchangeMode registry, RFC 8446 §4.2.9.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record PskKeyExchangeMode(int code) {
    private static final NameTable<PskKeyExchangeMode> TABLE = new NameTable<>(PskKeyExchangeMode::new, 0xFF);

    public static final PskKeyExchangeMode PSK_KE = TABLE.define(0, "psk_ke");
    public static final PskKeyExchangeMode PSK_DHE_KE = TABLE.define(1, "psk_dhe_ke");

    /** Checks that {@code code} fits the wire field. */
    public PskKeyExchangeMode {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static PskKeyExchangeMode of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<PskKeyExchangeMode> known() {
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
