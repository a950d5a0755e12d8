package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * Alert levels, RFC 5246 §7.2 (in TLS 1.3 the level is ignored, RFC 8446 §6).
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record AlertLevel(int code) {
    private static final NameTable<AlertLevel> TABLE = new NameTable<>(AlertLevel::new, 0xFF);

    public static final AlertLevel WARNING = TABLE.define(1, "warning");
    public static final AlertLevel FATAL = TABLE.define(2, "fatal");

    /** Checks that {@code code} fits the wire field. */
    public AlertLevel {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static AlertLevel of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<AlertLevel> known() {
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
