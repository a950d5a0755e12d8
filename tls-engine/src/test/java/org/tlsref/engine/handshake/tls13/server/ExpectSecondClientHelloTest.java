package org.tlsref.engine.handshake.tls13.server;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;
import static org.tlsref.engine.testing.Messages.add;
import static org.tlsref.engine.testing.Messages.remove;
import static org.tlsref.engine.testing.Messages.replace;
import static org.tlsref.engine.testing.Messages.withExtensions;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tlsref.api.AlertReason;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.Padding;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

/** The second ClientHello against the first (RFC 9846 §4.2.2, RFC 8446 §4.2.8). */
class ExpectSecondClientHelloTest {
    private static final TlsConfig CLIENT = Conversation.client()
            .keyShareGroups(NamedGroup.X25519).build();
    private static final TlsConfig SERVER = Conversation.server()
            .supportedGroups(NamedGroup.SECP256R1).build();

    @Test
    void aConformingSecondHelloGetsTheFirstFlight() {
        Point point = at();
        assertInstanceOf(ExpectSecondClientHello.class, point.state());
        assertInstanceOf(ExpectFinished.class, point.state().handle(point.message()).next());
    }

    @Test
    void changedPaddingIsAllowed() {
        Point point = at();
        ClientHello ch = (ClientHello) point.message().message();
        assertInstanceOf(ExpectFinished.class, point.state().handle(Input.Handshake.of(
                withExtensions(ch, add(ch.extensions(), new Padding(10))))).next());
    }

    @Test
    void anotherRandomIsIllegalParameter() {
        assertRefused(HandshakeViolation.SECOND_CLIENT_HELLO_CHANGED,
                ch -> new ClientHello(ch.legacyVersion(), Bytes.zeros(32), ch.legacySessionId(),
                        ch.cipherSuites(), ch.legacyCompressionMethods(), ch.extensions()));
    }

    @Test
    void anotherSignatureAlgorithmsListIsIllegalParameter() {
        assertRefused(HandshakeViolation.SECOND_CLIENT_HELLO_CHANGED,
                ch -> withExtensions(ch, replace(ch.extensions(),
                        SignatureAlgorithms.of(SignatureScheme.ECDSA_SECP256R1_SHA256))));
    }

    @Test
    void aMissingCookieIsIllegalParameter() {
        assertRefused(HandshakeViolation.COOKIE_MISMATCH,
                ch -> withExtensions(ch, remove(ch.extensions(), ExtensionType.COOKIE)));
    }

    @Test
    void anAlteredCookieIsIllegalParameter() {
        assertRefused(HandshakeViolation.COOKIE_MISMATCH, ch -> withExtensions(ch,
                replace(ch.extensions(), new Cookie(Bytes.ofUnsigned(1)))));
    }

    @Test
    void aShareForAnotherGroupIsIllegalParameter() {
        assertRefused(HandshakeViolation.ILLEGAL_KEY_SHARE_GROUP,
                ch -> withExtensions(ch, replace(ch.extensions(), new KeyShareClientHello(
                        List.of(new KeyShareEntry(NamedGroup.X25519, Bytes.zeros(32)))))));
    }

    private static Point at() {
        return Conversation.before(CLIENT, SERVER, Side.SERVER, ClientHello.class, 2);
    }

    private static void assertRefused(AlertReason reason, UnaryOperator<ClientHello> change) {
        Point point = at();
        ClientHello changed = change.apply((ClientHello) point.message().message());
        assertReason(reason, () -> point.state().handle(Input.Handshake.of(changed)));
    }
}
