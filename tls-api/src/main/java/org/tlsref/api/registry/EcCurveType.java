package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS EC Curve Types (ServerECDHParams.curve_params.curve_type), RFC 8422 §5.4.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record EcCurveType(int code) {
    private static final NameTable<EcCurveType> TABLE = new NameTable<>(EcCurveType::new, 0xFF);

    public static final EcCurveType EXPLICIT_PRIME = TABLE.define(1, "explicit_prime");
    public static final EcCurveType EXPLICIT_CHAR2 = TABLE.define(2, "explicit_char2");
    public static final EcCurveType NAMED_CURVE = TABLE.define(3, "named_curve");

    /** Checks that {@code code} fits the wire field. */
    public EcCurveType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static EcCurveType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<EcCurveType> known() {
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
