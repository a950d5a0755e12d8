package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Supported Groups registry: RFC 8446 §4.2.7, RFC 7919 (ffdhe), draft-ietf-tls-ecdhe-mlkem (hybrids) and draft-ietf-tls-mlkem (pure ML-KEM, for naming).
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record NamedGroup(int code) {
    private static final NameTable<NamedGroup> TABLE = new NameTable<>(NamedGroup::new, 0xFFFF);

    public static final NamedGroup SECP256R1 = TABLE.define(0x0017, "secp256r1");
    public static final NamedGroup SECP384R1 = TABLE.define(0x0018, "secp384r1");
    public static final NamedGroup SECP521R1 = TABLE.define(0x0019, "secp521r1");
    public static final NamedGroup BRAINPOOLP256R1 = TABLE.define(0x001A, "brainpoolP256r1");
    public static final NamedGroup BRAINPOOLP384R1 = TABLE.define(0x001B, "brainpoolP384r1");
    public static final NamedGroup BRAINPOOLP512R1 = TABLE.define(0x001C, "brainpoolP512r1");
    public static final NamedGroup X25519 = TABLE.define(0x001D, "x25519");
    public static final NamedGroup X448 = TABLE.define(0x001E, "x448");
    public static final NamedGroup BRAINPOOLP256R1_TLS13 = TABLE.define(0x001F, "brainpoolP256r1tls13");
    public static final NamedGroup BRAINPOOLP384R1_TLS13 = TABLE.define(0x0020, "brainpoolP384r1tls13");
    public static final NamedGroup BRAINPOOLP512R1_TLS13 = TABLE.define(0x0021, "brainpoolP512r1tls13");
    public static final NamedGroup FFDHE2048 = TABLE.define(0x0100, "ffdhe2048");
    public static final NamedGroup FFDHE3072 = TABLE.define(0x0101, "ffdhe3072");
    public static final NamedGroup FFDHE4096 = TABLE.define(0x0102, "ffdhe4096");
    public static final NamedGroup FFDHE6144 = TABLE.define(0x0103, "ffdhe6144");
    public static final NamedGroup FFDHE8192 = TABLE.define(0x0104, "ffdhe8192");
    public static final NamedGroup MLKEM512 = TABLE.define(0x0200, "MLKEM512");
    public static final NamedGroup MLKEM768 = TABLE.define(0x0201, "MLKEM768");
    public static final NamedGroup MLKEM1024 = TABLE.define(0x0202, "MLKEM1024");
    public static final NamedGroup SECP256R1_MLKEM768 = TABLE.define(0x11EB, "SecP256r1MLKEM768");
    public static final NamedGroup X25519_MLKEM768 = TABLE.define(0x11EC, "X25519MLKEM768");
    public static final NamedGroup SECP384R1_MLKEM1024 = TABLE.define(0x11ED, "SecP384r1MLKEM1024");
    public static final NamedGroup X25519_KYBER768_DRAFT00 = TABLE.define(0x6399, "X25519Kyber768Draft00");

    /** Checks that {@code code} fits the wire field. */
    public NamedGroup {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static NamedGroup of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<NamedGroup> known() {
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
