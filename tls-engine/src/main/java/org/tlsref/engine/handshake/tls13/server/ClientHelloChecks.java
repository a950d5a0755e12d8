package org.tlsref.engine.handshake.tls13.server;

import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SupportedGroups;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.engine.handshake.HandshakeViolation;

/**
 * What a TLS 1.3 server requires of a ClientHello before it negotiates anything (RFC 8446
 * §4.1.2, §4.2, §9.2).
 */
final class ClientHelloChecks {
    private ClientHelloChecks() {
    }

    /**
     * RFC 8446 §4.1.2: legacy_compression_methods "MUST contain exactly one byte, set to zero
     * [...] If a TLS 1.3 ClientHello is received with any other value in this field, the server
     * MUST abort the handshake with an "illegal_parameter" alert". RFC 8446 §4.2: extensions in
     * the wrong message are illegal_parameter. RFC 8446 §9.2: without pre_shared_key "it MUST
     * contain both a "signature_algorithms" extension and a "supported_groups" extension", and
     * "If containing a "supported_groups" extension, it MUST also contain a "key_share"
     * extension, and vice versa"; this server does no PSK, so the first rule always applies.
     * RFC 8446 §4.2.8: "Clients MUST NOT offer any KeyShareEntry values for groups not listed in
     * the client's "supported_groups" extension. Servers MAY check for violations of these
     * rules".
     */
    static void check(ClientHello hello) {
        if (!hello.legacyCompressionMethods().equals(List.of(CompressionMethod.NULL))) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_COMPRESSION_METHOD,
                    "legacy_compression_methods " + hello.legacyCompressionMethods());
        }
        Extensions extensions = hello.extensions();
        ExtensionTable.validate(ExtensionContext.CLIENT_HELLO, extensions);
        List<NamedGroup> supported = require(extensions.find(SupportedGroups.class),
                "supported_groups").namedGroupList();
        KeyShareClientHello shares = require(extensions.find(KeyShareClientHello.class),
                "key_share");
        require(extensions.find(SignatureAlgorithms.class), "signature_algorithms");
        for (KeyShareEntry share : shares.clientShares()) {
            if (!supported.contains(share.group())) {
                throw new TlsAlert(HandshakeViolation.KEY_SHARE_NOT_IN_SUPPORTED_GROUPS,
                        "a key share for " + share.group() + ", which is not in supported_groups");
            }
        }
    }

    private static <T> T require(Optional<T> extension, String name) {
        return extension.orElseThrow(() -> new TlsAlert(HandshakeViolation.MISSING_EXTENSION,
                "a TLS 1.3 ClientHello without " + name + " (RFC 8446 §9.2)"));
    }
}
