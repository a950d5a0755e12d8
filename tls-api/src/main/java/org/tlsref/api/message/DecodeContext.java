package org.tlsref.api.message;

import org.tlsref.api.registry.ProtocolVersion;

/**
 * What a receiver knows that picks the form of a handshake message: the version's dialect and,
 * in TLS 1.2, the key exchange, which alone says how ServerKeyExchange and ClientKeyExchange are
 * laid out (RFC 5246 §7.4.3, §7.4.7). The hellos decode the same way in every context, since
 * they are read before a version is chosen.
 */
public enum DecodeContext {
    /** TLS 1.3 forms (RFC 8446 §4); key exchange travels in extensions. */
    TLS13(ProtocolVersion.TLS_1_3),
    /** TLS 1.2 forms with an ECDHE_ECDSA or ECDHE_RSA key exchange (RFC 8422 §5.4, §5.7). */
    TLS12_ECDHE(ProtocolVersion.TLS_1_2),
    /** TLS 1.2 forms with RSA key transport (RFC 5246 §7.4.7.1): no ServerKeyExchange. */
    TLS12_RSA(ProtocolVersion.TLS_1_2);

    private final ProtocolVersion version;

    DecodeContext(ProtocolVersion version) {
        this.version = version;
    }

    /** The dialect: {@link ProtocolVersion#TLS_1_3} or {@link ProtocolVersion#TLS_1_2}. */
    public ProtocolVersion version() {
        return version;
    }
}
