package org.tlsref.engine.handshake.tls13.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

/**
 * Server, TLS 1.3: a HelloRetryRequest is sent; waiting for the second ClientHello (RFC 8446
 * §4.1.4).
 *
 * @param config the server's configuration
 * @param first the first ClientHello
 * @param cookie the cookie the HelloRetryRequest carried
 * @param choices what the server chose from the first ClientHello
 * @param transcript message_hash and HelloRetryRequest (RFC 8446 §4.4.1)
 * @param changeCipherSpec whether the compatibility change_cipher_spec is still to be sent
 */
public record ExpectSecondClientHello(TlsConfig config, Received<ClientHello> first,
        Cookie cookie, Choices choices, Transcript transcript,
        DummyChangeCipherSpec changeCipherSpec) implements Tls13ServerState {

    /**
     * RFC 9846 §4.2.2: what the client may change in the second ClientHello: key_share,
     * early_data (removed), cookie (added), pre_shared_key (updated), padding.
     */
    private static final Set<ExtensionType> MAY_CHANGE = Set.of(ExtensionType.KEY_SHARE,
            ExtensionType.EARLY_DATA, ExtensionType.COOKIE, ExtensionType.PRE_SHARED_KEY,
            ExtensionType.PADDING);

    /** Rejects nulls. */
    public ExpectSecondClientHello {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(changeCipherSpec, "changeCipherSpec");
    }

    /**
     * Checks the second ClientHello against the first, then answers it with the server's first
     * flight: the choices stand, since nothing they depend on may change (RFC 8446 §4.1.4:
     * "Servers MUST ensure that they negotiate the same cipher suite when receiving a conformant
     * updated ClientHello").
     */
    @Override
    public Step handle(Input input) {
        Received<ClientHello> second = Require.handshake(input, ClientHello.class);
        ClientHello hello = second.message();
        ClientHelloChecks.check(hello);
        checkUnchanged(first.message(), hello);
        if (!hello.extensions().find(Cookie.class).equals(Optional.of(cookie))) {
            throw new TlsAlert(HandshakeViolation.COOKIE_MISMATCH,
                    "the second ClientHello does not echo the HelloRetryRequest's cookie");
        }
        KeyShareEntry share = onlyShare(hello);
        transcript.add(second);
        return ServerFirstFlight.respond(config, hello, share, choices, transcript,
                changeCipherSpec);
    }

    /**
     * RFC 9846 §4.2.2: "the client MUST send the same ClientHello without modification, except
     * as follows"; anything else changed is illegal_parameter.
     */
    private static void checkUnchanged(ClientHello first, ClientHello second) {
        boolean same = first.legacyVersion().equals(second.legacyVersion())
                && first.random().equals(second.random())
                && first.legacySessionId().equals(second.legacySessionId())
                && first.cipherSuites().equals(second.cipherSuites())
                && first.legacyCompressionMethods().equals(second.legacyCompressionMethods())
                && fixedPart(first.extensions()).equals(fixedPart(second.extensions()));
        if (!same) {
            throw new TlsAlert(HandshakeViolation.SECOND_CLIENT_HELLO_CHANGED,
                    "the second ClientHello changes more than RFC 9846 §4.2.2 allows");
        }
    }

    /** The extensions the client may not change, in order, as encoded. */
    private static Extensions fixedPart(Extensions extensions) {
        List<Extension> fixed = new ArrayList<>();
        for (Extension extension : extensions.list()) {
            if (!MAY_CHANGE.contains(extension.type())) {
                fixed.add(extension);
            }
        }
        return new Extensions(fixed);
    }

    /**
     * RFC 8446 §4.2.8: after a HelloRetryRequest the client "MUST replace the original
     * "key_share" extension with one containing only a new KeyShareEntry for the group indicated
     * in the selected_group field of the triggering HelloRetryRequest."
     */
    private KeyShareEntry onlyShare(ClientHello hello) {
        List<KeyShareEntry> shares = hello.extensions().find(KeyShareClientHello.class)
                .orElseThrow().clientShares();
        if (shares.size() != 1 || !shares.get(0).group().equals(choices.group())) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_KEY_SHARE_GROUP,
                    "the second ClientHello must hold one share, for " + choices.group());
        }
        return shares.get(0);
    }

    @Override
    public String description() {
        return "server: HelloRetryRequest sent, waiting for the second ClientHello";
    }
}
