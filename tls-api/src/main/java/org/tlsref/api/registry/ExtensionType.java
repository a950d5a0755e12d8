package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS ExtensionType Values registry, RFC 8446 §4.2 and the RFCs that define each extension.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record ExtensionType(int code) {
    private static final NameTable<ExtensionType> TABLE = new NameTable<>(ExtensionType::new, 0xFFFF);

    public static final ExtensionType SERVER_NAME = TABLE.define(0, "server_name");
    public static final ExtensionType MAX_FRAGMENT_LENGTH = TABLE.define(1, "max_fragment_length");
    public static final ExtensionType CLIENT_CERTIFICATE_URL = TABLE.define(2, "client_certificate_url");
    public static final ExtensionType TRUSTED_CA_KEYS = TABLE.define(3, "trusted_ca_keys");
    public static final ExtensionType TRUNCATED_HMAC = TABLE.define(4, "truncated_hmac");
    public static final ExtensionType STATUS_REQUEST = TABLE.define(5, "status_request");
    public static final ExtensionType USER_MAPPING = TABLE.define(6, "user_mapping");
    public static final ExtensionType CLIENT_AUTHZ = TABLE.define(7, "client_authz");
    public static final ExtensionType SERVER_AUTHZ = TABLE.define(8, "server_authz");
    public static final ExtensionType CERT_TYPE = TABLE.define(9, "cert_type");
    public static final ExtensionType SUPPORTED_GROUPS = TABLE.define(10, "supported_groups");
    public static final ExtensionType EC_POINT_FORMATS = TABLE.define(11, "ec_point_formats");
    public static final ExtensionType SRP = TABLE.define(12, "srp");
    public static final ExtensionType SIGNATURE_ALGORITHMS = TABLE.define(13, "signature_algorithms");
    public static final ExtensionType USE_SRTP = TABLE.define(14, "use_srtp");
    public static final ExtensionType HEARTBEAT = TABLE.define(15, "heartbeat");
    public static final ExtensionType APPLICATION_LAYER_PROTOCOL_NEGOTIATION = TABLE.define(16, "application_layer_protocol_negotiation");
    public static final ExtensionType STATUS_REQUEST_V2 = TABLE.define(17, "status_request_v2");
    public static final ExtensionType SIGNED_CERTIFICATE_TIMESTAMP = TABLE.define(18, "signed_certificate_timestamp");
    public static final ExtensionType CLIENT_CERTIFICATE_TYPE = TABLE.define(19, "client_certificate_type");
    public static final ExtensionType SERVER_CERTIFICATE_TYPE = TABLE.define(20, "server_certificate_type");
    public static final ExtensionType PADDING = TABLE.define(21, "padding");
    public static final ExtensionType ENCRYPT_THEN_MAC = TABLE.define(22, "encrypt_then_mac");
    public static final ExtensionType EXTENDED_MASTER_SECRET = TABLE.define(23, "extended_master_secret");
    public static final ExtensionType TOKEN_BINDING = TABLE.define(24, "token_binding");
    public static final ExtensionType CACHED_INFO = TABLE.define(25, "cached_info");
    public static final ExtensionType COMPRESS_CERTIFICATE = TABLE.define(27, "compress_certificate");
    public static final ExtensionType RECORD_SIZE_LIMIT = TABLE.define(28, "record_size_limit");
    public static final ExtensionType DELEGATED_CREDENTIAL = TABLE.define(34, "delegated_credential");
    public static final ExtensionType SESSION_TICKET = TABLE.define(35, "session_ticket");
    public static final ExtensionType PRE_SHARED_KEY = TABLE.define(41, "pre_shared_key");
    public static final ExtensionType EARLY_DATA = TABLE.define(42, "early_data");
    public static final ExtensionType SUPPORTED_VERSIONS = TABLE.define(43, "supported_versions");
    public static final ExtensionType COOKIE = TABLE.define(44, "cookie");
    public static final ExtensionType PSK_KEY_EXCHANGE_MODES = TABLE.define(45, "psk_key_exchange_modes");
    public static final ExtensionType CERTIFICATE_AUTHORITIES = TABLE.define(47, "certificate_authorities");
    public static final ExtensionType OID_FILTERS = TABLE.define(48, "oid_filters");
    public static final ExtensionType POST_HANDSHAKE_AUTH = TABLE.define(49, "post_handshake_auth");
    public static final ExtensionType SIGNATURE_ALGORITHMS_CERT = TABLE.define(50, "signature_algorithms_cert");
    public static final ExtensionType KEY_SHARE = TABLE.define(51, "key_share");
    public static final ExtensionType TRANSPARENCY_INFO = TABLE.define(52, "transparency_info");
    public static final ExtensionType QUIC_TRANSPORT_PARAMETERS = TABLE.define(57, "quic_transport_parameters");
    public static final ExtensionType ECH_OUTER_EXTENSIONS = TABLE.define(0xFD00, "ech_outer_extensions");
    public static final ExtensionType ENCRYPTED_CLIENT_HELLO = TABLE.define(0xFE0D, "encrypted_client_hello");
    public static final ExtensionType RENEGOTIATION_INFO = TABLE.define(0xFF01, "renegotiation_info");

    /** Checks that {@code code} fits the wire field. */
    public ExtensionType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static ExtensionType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<ExtensionType> known() {
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
