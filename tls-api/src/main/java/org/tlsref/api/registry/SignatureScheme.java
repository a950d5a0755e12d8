package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS SignatureScheme registry, RFC 8446 §4.2.3, with the TLS 1.2 SignatureAndHashAlgorithm pairs of RFC 5246 §7.4.1.4.1 that real peers still offer.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record SignatureScheme(int code) {
    private static final NameTable<SignatureScheme> TABLE = new NameTable<>(SignatureScheme::new, 0xFFFF);

    public static final SignatureScheme RSA_PKCS1_SHA1 = TABLE.define(0x0201, "rsa_pkcs1_sha1");
    public static final SignatureScheme DSA_SHA1 = TABLE.define(0x0202, "dsa_sha1");
    public static final SignatureScheme ECDSA_SHA1 = TABLE.define(0x0203, "ecdsa_sha1");
    public static final SignatureScheme SHA224_RSA = TABLE.define(0x0301, "sha224_rsa");
    public static final SignatureScheme SHA224_DSA = TABLE.define(0x0302, "sha224_dsa");
    public static final SignatureScheme SHA224_ECDSA = TABLE.define(0x0303, "sha224_ecdsa");
    public static final SignatureScheme RSA_PKCS1_SHA256 = TABLE.define(0x0401, "rsa_pkcs1_sha256");
    public static final SignatureScheme DSA_SHA256 = TABLE.define(0x0402, "dsa_sha256");
    public static final SignatureScheme ECDSA_SECP256R1_SHA256 = TABLE.define(0x0403, "ecdsa_secp256r1_sha256");
    public static final SignatureScheme RSA_PKCS1_SHA384 = TABLE.define(0x0501, "rsa_pkcs1_sha384");
    public static final SignatureScheme DSA_SHA384 = TABLE.define(0x0502, "dsa_sha384");
    public static final SignatureScheme ECDSA_SECP384R1_SHA384 = TABLE.define(0x0503, "ecdsa_secp384r1_sha384");
    public static final SignatureScheme RSA_PKCS1_SHA512 = TABLE.define(0x0601, "rsa_pkcs1_sha512");
    public static final SignatureScheme DSA_SHA512 = TABLE.define(0x0602, "dsa_sha512");
    public static final SignatureScheme ECDSA_SECP521R1_SHA512 = TABLE.define(0x0603, "ecdsa_secp521r1_sha512");
    public static final SignatureScheme RSA_PSS_RSAE_SHA256 = TABLE.define(0x0804, "rsa_pss_rsae_sha256");
    public static final SignatureScheme RSA_PSS_RSAE_SHA384 = TABLE.define(0x0805, "rsa_pss_rsae_sha384");
    public static final SignatureScheme RSA_PSS_RSAE_SHA512 = TABLE.define(0x0806, "rsa_pss_rsae_sha512");
    public static final SignatureScheme ED25519 = TABLE.define(0x0807, "ed25519");
    public static final SignatureScheme ED448 = TABLE.define(0x0808, "ed448");
    public static final SignatureScheme RSA_PSS_PSS_SHA256 = TABLE.define(0x0809, "rsa_pss_pss_sha256");
    public static final SignatureScheme RSA_PSS_PSS_SHA384 = TABLE.define(0x080A, "rsa_pss_pss_sha384");
    public static final SignatureScheme RSA_PSS_PSS_SHA512 = TABLE.define(0x080B, "rsa_pss_pss_sha512");
    public static final SignatureScheme ECDSA_BRAINPOOLP256R1TLS13_SHA256 = TABLE.define(0x081A, "ecdsa_brainpoolP256r1tls13_sha256");
    public static final SignatureScheme ECDSA_BRAINPOOLP384R1TLS13_SHA384 = TABLE.define(0x081B, "ecdsa_brainpoolP384r1tls13_sha384");
    public static final SignatureScheme ECDSA_BRAINPOOLP512R1TLS13_SHA512 = TABLE.define(0x081C, "ecdsa_brainpoolP512r1tls13_sha512");
    public static final SignatureScheme MLDSA44 = TABLE.define(0x0904, "mldsa44");
    public static final SignatureScheme MLDSA65 = TABLE.define(0x0905, "mldsa65");
    public static final SignatureScheme MLDSA87 = TABLE.define(0x0906, "mldsa87");

    /** Checks that {@code code} fits the wire field. */
    public SignatureScheme {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static SignatureScheme of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<SignatureScheme> known() {
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
