package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Compression Method Identifiers, RFC 5246 §7.4.1.2 and RFC 3749; TLS 1.3 allows only null (RFC 8446 §4.1.2).
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record CompressionMethod(int code) {
    private static final NameTable<CompressionMethod> TABLE = new NameTable<>(CompressionMethod::new, 0xFF);

    public static final CompressionMethod NULL = TABLE.define(0, "null");
    public static final CompressionMethod DEFLATE = TABLE.define(1, "DEFLATE");

    /** Checks that {@code code} fits the wire field. */
    public CompressionMethod {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static CompressionMethod of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<CompressionMethod> known() {
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
