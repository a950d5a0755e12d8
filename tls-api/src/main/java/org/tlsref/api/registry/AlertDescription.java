package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS Alerts registry, RFC 8446 §6 and RFC 9846 §6 (general_error), with the TLS 1.2 values of RFC 5246 §7.2.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record AlertDescription(int code) {
    private static final NameTable<AlertDescription> TABLE = new NameTable<>(AlertDescription::new, 0xFF);

    public static final AlertDescription CLOSE_NOTIFY = TABLE.define(0, "close_notify");
    public static final AlertDescription UNEXPECTED_MESSAGE = TABLE.define(10, "unexpected_message");
    public static final AlertDescription BAD_RECORD_MAC = TABLE.define(20, "bad_record_mac");
    public static final AlertDescription DECRYPTION_FAILED_RESERVED = TABLE.define(21, "decryption_failed_RESERVED");
    public static final AlertDescription RECORD_OVERFLOW = TABLE.define(22, "record_overflow");
    public static final AlertDescription DECOMPRESSION_FAILURE_RESERVED = TABLE.define(30, "decompression_failure_RESERVED");
    public static final AlertDescription HANDSHAKE_FAILURE = TABLE.define(40, "handshake_failure");
    public static final AlertDescription NO_CERTIFICATE_RESERVED = TABLE.define(41, "no_certificate_RESERVED");
    public static final AlertDescription BAD_CERTIFICATE = TABLE.define(42, "bad_certificate");
    public static final AlertDescription UNSUPPORTED_CERTIFICATE = TABLE.define(43, "unsupported_certificate");
    public static final AlertDescription CERTIFICATE_REVOKED = TABLE.define(44, "certificate_revoked");
    public static final AlertDescription CERTIFICATE_EXPIRED = TABLE.define(45, "certificate_expired");
    public static final AlertDescription CERTIFICATE_UNKNOWN = TABLE.define(46, "certificate_unknown");
    public static final AlertDescription ILLEGAL_PARAMETER = TABLE.define(47, "illegal_parameter");
    public static final AlertDescription UNKNOWN_CA = TABLE.define(48, "unknown_ca");
    public static final AlertDescription ACCESS_DENIED = TABLE.define(49, "access_denied");
    public static final AlertDescription DECODE_ERROR = TABLE.define(50, "decode_error");
    public static final AlertDescription DECRYPT_ERROR = TABLE.define(51, "decrypt_error");
    public static final AlertDescription EXPORT_RESTRICTION_RESERVED = TABLE.define(60, "export_restriction_RESERVED");
    public static final AlertDescription PROTOCOL_VERSION = TABLE.define(70, "protocol_version");
    public static final AlertDescription INSUFFICIENT_SECURITY = TABLE.define(71, "insufficient_security");
    public static final AlertDescription INTERNAL_ERROR = TABLE.define(80, "internal_error");
    public static final AlertDescription INAPPROPRIATE_FALLBACK = TABLE.define(86, "inappropriate_fallback");
    public static final AlertDescription USER_CANCELED = TABLE.define(90, "user_canceled");
    public static final AlertDescription NO_RENEGOTIATION = TABLE.define(100, "no_renegotiation");
    public static final AlertDescription MISSING_EXTENSION = TABLE.define(109, "missing_extension");
    public static final AlertDescription UNSUPPORTED_EXTENSION = TABLE.define(110, "unsupported_extension");
    public static final AlertDescription CERTIFICATE_UNOBTAINABLE_RESERVED = TABLE.define(111, "certificate_unobtainable_RESERVED");
    public static final AlertDescription UNRECOGNIZED_NAME = TABLE.define(112, "unrecognized_name");
    public static final AlertDescription BAD_CERTIFICATE_STATUS_RESPONSE = TABLE.define(113, "bad_certificate_status_response");
    public static final AlertDescription BAD_CERTIFICATE_HASH_VALUE_RESERVED = TABLE.define(114, "bad_certificate_hash_value_RESERVED");
    public static final AlertDescription UNKNOWN_PSK_IDENTITY = TABLE.define(115, "unknown_psk_identity");
    public static final AlertDescription CERTIFICATE_REQUIRED = TABLE.define(116, "certificate_required");
    public static final AlertDescription GENERAL_ERROR = TABLE.define(117, "general_error");
    public static final AlertDescription NO_APPLICATION_PROTOCOL = TABLE.define(120, "no_application_protocol");
    public static final AlertDescription ECH_REQUIRED = TABLE.define(121, "ech_required");

    /** Checks that {@code code} fits the wire field. */
    public AlertDescription {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static AlertDescription of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<AlertDescription> known() {
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
