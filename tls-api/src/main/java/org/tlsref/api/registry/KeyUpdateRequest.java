package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * KeyUpdateRequest values, RFC 8446 §4.6.3.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record KeyUpdateRequest(int code) {
    private static final NameTable<KeyUpdateRequest> TABLE = new NameTable<>(KeyUpdateRequest::new, 0xFF);

    public static final KeyUpdateRequest UPDATE_NOT_REQUESTED = TABLE.define(0, "update_not_requested");
    public static final KeyUpdateRequest UPDATE_REQUESTED = TABLE.define(1, "update_requested");

    /** Checks that {@code code} fits the wire field. */
    public KeyUpdateRequest {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static KeyUpdateRequest of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<KeyUpdateRequest> known() {
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
