package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Certificate Types (RFC 7250 §3; the CertificateEntry form of RFC 8446 §4.4.2).
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record CertificateType(int code) {
    private static final NameTable<CertificateType> TABLE = new NameTable<>(CertificateType::new, 0xFF);

    public static final CertificateType X509 = TABLE.define(0, "X509");
    public static final CertificateType RAW_PUBLIC_KEY = TABLE.define(2, "RawPublicKey");

    /** Checks that {@code code} fits the wire field. */
    public CertificateType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static CertificateType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<CertificateType> known() {
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
