package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Certificate Status Types, RFC 6066 §8 and RFC 6961.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record CertificateStatusType(int code) {
    private static final NameTable<CertificateStatusType> TABLE = new NameTable<>(CertificateStatusType::new, 0xFF);

    public static final CertificateStatusType OCSP = TABLE.define(1, "ocsp");
    public static final CertificateStatusType OCSP_MULTI = TABLE.define(2, "ocsp_multi");

    /** Checks that {@code code} fits the wire field. */
    public CertificateStatusType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static CertificateStatusType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<CertificateStatusType> known() {
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
