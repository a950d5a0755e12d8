package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS server_name NameType, RFC 6066 §3.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record ServerNameType(int code) {
    private static final NameTable<ServerNameType> TABLE = new NameTable<>(ServerNameType::new, 0xFF);

    public static final ServerNameType HOST_NAME = TABLE.define(0, "host_name");

    /** Checks that {@code code} fits the wire field. */
    public ServerNameType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static ServerNameType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<ServerNameType> known() {
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
