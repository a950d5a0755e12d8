package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS ClientCertificateType Identifiers (TLS 1.2 CertificateRequest.certificate_types), RFC 5246 §7.4.4 and RFC 8422 §5.5.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record ClientCertificateType(int code) {
    private static final NameTable<ClientCertificateType> TABLE = new NameTable<>(ClientCertificateType::new, 0xFF);

    public static final ClientCertificateType RSA_SIGN = TABLE.define(1, "rsa_sign");
    public static final ClientCertificateType DSS_SIGN = TABLE.define(2, "dss_sign");
    public static final ClientCertificateType RSA_FIXED_DH = TABLE.define(3, "rsa_fixed_dh");
    public static final ClientCertificateType DSS_FIXED_DH = TABLE.define(4, "dss_fixed_dh");
    public static final ClientCertificateType ECDSA_SIGN = TABLE.define(64, "ecdsa_sign");
    public static final ClientCertificateType RSA_FIXED_ECDH = TABLE.define(65, "rsa_fixed_ecdh");
    public static final ClientCertificateType ECDSA_FIXED_ECDH = TABLE.define(66, "ecdsa_fixed_ecdh");

    /** Checks that {@code code} fits the wire field. */
    public ClientCertificateType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static ClientCertificateType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<ClientCertificateType> known() {
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
