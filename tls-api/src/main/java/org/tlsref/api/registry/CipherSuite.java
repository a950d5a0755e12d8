package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Cipher Suites registry: every TLS 1.3 suite (RFC 8446 §B.4), the TLS 1.2 AEAD suites (RFC 5288, RFC 5289, RFC 7905, RFC 6655, RFC 7251), the signalling values (RFC 5746 §3.3, RFC 7507) and, for naming only, the CBC suites common in real ClientHellos.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record CipherSuite(int code) {
    private static final NameTable<CipherSuite> TABLE = new NameTable<>(CipherSuite::new, 0xFFFF);

    public static final CipherSuite TLS_AES_128_GCM_SHA256 = TABLE.define(0x1301, "TLS_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_AES_256_GCM_SHA384 = TABLE.define(0x1302, "TLS_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_CHACHA20_POLY1305_SHA256 = TABLE.define(0x1303, "TLS_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_AES_128_CCM_SHA256 = TABLE.define(0x1304, "TLS_AES_128_CCM_SHA256");
    public static final CipherSuite TLS_AES_128_CCM_8_SHA256 = TABLE.define(0x1305, "TLS_AES_128_CCM_8_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 = TABLE.define(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 = TABLE.define(0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 = TABLE.define(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 = TABLE.define(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 = TABLE.define(0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 = TABLE.define(0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CCM = TABLE.define(0xC0AC, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CCM = TABLE.define(0xC0AD, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 = TABLE.define(0xC0AE, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8 = TABLE.define(0xC0AF, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8");
    public static final CipherSuite TLS_RSA_WITH_AES_128_GCM_SHA256 = TABLE.define(0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_RSA_WITH_AES_256_GCM_SHA384 = TABLE.define(0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CCM = TABLE.define(0xC09C, "TLS_RSA_WITH_AES_128_CCM");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CCM = TABLE.define(0xC09D, "TLS_RSA_WITH_AES_256_CCM");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 = TABLE.define(0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 = TABLE.define(0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384");
    public static final CipherSuite TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256 = TABLE.define(0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    public static final CipherSuite TLS_EMPTY_RENEGOTIATION_INFO_SCSV = TABLE.define(0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    public static final CipherSuite TLS_FALLBACK_SCSV = TABLE.define(0x5600, "TLS_FALLBACK_SCSV");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CBC_SHA = TABLE.define(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CBC_SHA = TABLE.define(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CBC_SHA = TABLE.define(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CBC_SHA = TABLE.define(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_RSA_WITH_AES_128_CBC_SHA256 = TABLE.define(0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_RSA_WITH_AES_256_CBC_SHA256 = TABLE.define(0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_128_CBC_SHA256 = TABLE.define(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_DHE_RSA_WITH_AES_256_CBC_SHA256 = TABLE.define(0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA = TABLE.define(0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA = TABLE.define(0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA = TABLE.define(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA = TABLE.define(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 = TABLE.define(0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384 = TABLE.define(0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 = TABLE.define(0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 = TABLE.define(0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384");

    /** Checks that {@code code} fits the wire field. */
    public CipherSuite {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static CipherSuite of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<CipherSuite> known() {
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
