package org.tlsref.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * TLS ContentType registry, RFC 8446 §5.1 and RFC 5246 §6.2.1.
 *
 * <p>An open registry: {@link #of(int)} accepts every code in range, and unknown codes keep
 * their value and print as {@code unknown(0x..)}.
 */
public record ContentType(int code) {
    private static final NameTable<ContentType> TABLE = new NameTable<>(ContentType::new, 0xFF);

    public static final ContentType INVALID = TABLE.define(0, "invalid");
    public static final ContentType CHANGE_CIPHER_SPEC = TABLE.define(20, "change_cipher_spec");
    public static final ContentType ALERT = TABLE.define(21, "alert");
    public static final ContentType HANDSHAKE = TABLE.define(22, "handshake");
    public static final ContentType APPLICATION_DATA = TABLE.define(23, "application_data");
    public static final ContentType HEARTBEAT = TABLE.define(24, "heartbeat");
    public static final ContentType TLS12_CID = TABLE.define(25, "tls12_cid");
    public static final ContentType ACK = TABLE.define(26, "ack");

    /** Checks that {@code code} fits the wire field. */
    public ContentType {
        TABLE.check(code);
    }

    /** The value for a code from the wire, known or not. */
    public static ContentType of(int code) {
        return TABLE.of(code);
    }

    /** Every value this registry names, in registry order. */
    public static List<ContentType> known() {
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
