package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS HandshakeType registry, RFC 8446 §4 and RFC 5246 §7.4.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record HandshakeType(int code) {
    private static final NameTable<HandshakeType> TABLE = new NameTable<>(HandshakeType::new, 0xFF);

    public static final HandshakeType HELLO_REQUEST = TABLE.define(0, "hello_request");
    public static final HandshakeType CLIENT_HELLO = TABLE.define(1, "client_hello");
    public static final HandshakeType SERVER_HELLO = TABLE.define(2, "server_hello");
    public static final HandshakeType HELLO_VERIFY_REQUEST = TABLE.define(3, "hello_verify_request");
    public static final HandshakeType NEW_SESSION_TICKET = TABLE.define(4, "new_session_ticket");
    public static final HandshakeType END_OF_EARLY_DATA = TABLE.define(5, "end_of_early_data");
    public static final HandshakeType HELLO_RETRY_REQUEST_RESERVED = TABLE.define(6, "hello_retry_request_RESERVED");
    public static final HandshakeType ENCRYPTED_EXTENSIONS = TABLE.define(8, "encrypted_extensions");
    public static final HandshakeType REQUEST_CONNECTION_ID = TABLE.define(9, "request_connection_id");
    public static final HandshakeType NEW_CONNECTION_ID = TABLE.define(10, "new_connection_id");
    public static final HandshakeType CERTIFICATE = TABLE.define(11, "certificate");
    public static final HandshakeType SERVER_KEY_EXCHANGE = TABLE.define(12, "server_key_exchange");
    public static final HandshakeType CERTIFICATE_REQUEST = TABLE.define(13, "certificate_request");
    public static final HandshakeType SERVER_HELLO_DONE = TABLE.define(14, "server_hello_done");
    public static final HandshakeType CERTIFICATE_VERIFY = TABLE.define(15, "certificate_verify");
    public static final HandshakeType CLIENT_KEY_EXCHANGE = TABLE.define(16, "client_key_exchange");
    public static final HandshakeType CLIENT_CERTIFICATE_REQUEST = TABLE.define(17, "client_certificate_request");
    public static final HandshakeType FINISHED = TABLE.define(20, "finished");
    public static final HandshakeType CERTIFICATE_URL = TABLE.define(21, "certificate_url");
    public static final HandshakeType CERTIFICATE_STATUS = TABLE.define(22, "certificate_status");
    public static final HandshakeType SUPPLEMENTAL_DATA = TABLE.define(23, "supplemental_data");
    public static final HandshakeType KEY_UPDATE = TABLE.define(24, "key_update");
    public static final HandshakeType COMPRESSED_CERTIFICATE = TABLE.define(25, "compressed_certificate");
    public static final HandshakeType EKT_KEY = TABLE.define(26, "ekt_key");
    public static final HandshakeType MESSAGE_HASH = TABLE.define(254, "message_hash");

    /** Checks that {@code code} fits the wire field. */
    public HandshakeType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static HandshakeType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<HandshakeType> known() {
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
