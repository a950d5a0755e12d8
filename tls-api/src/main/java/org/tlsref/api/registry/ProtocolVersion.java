package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS protocol versions, RFC 8446 §4.2.1 and RFC 5246 §6.2.1 (legacy values kept for the record layer).
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record ProtocolVersion(int code) {
    private static final NameTable<ProtocolVersion> TABLE = new NameTable<>(ProtocolVersion::new, 0xFFFF);

    public static final ProtocolVersion SSL_3_0 = TABLE.define(0x0300, "SSLv3");
    public static final ProtocolVersion TLS_1_0 = TABLE.define(0x0301, "TLSv1");
    public static final ProtocolVersion TLS_1_1 = TABLE.define(0x0302, "TLSv1.1");
    public static final ProtocolVersion TLS_1_2 = TABLE.define(0x0303, "TLSv1.2");
    public static final ProtocolVersion TLS_1_3 = TABLE.define(0x0304, "TLSv1.3");

    /** Checks that {@code code} fits the wire field. */
    public ProtocolVersion {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static ProtocolVersion of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<ProtocolVersion> known() {
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

    /** RFC 8701 §2: a GREASE value (0x?A?A), which a receiver must treat as unknown. */
    public boolean isGrease() {
        return NameTable.isGrease16(code);
    }

    @Override
    public String toString() {
        return TABLE.format(code);
    }
}
