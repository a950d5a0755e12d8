package org.tlsref.engine.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.client.ClientHelloFlight;
import org.tlsref.engine.handshake.server.ExpectClientHello;

/**
 * A client and a server state machine talking directly, message by message, without records:
 * the harness of the state unit tests. It stops where a test wants to feed its own message.
 */
public final class Conversation {
    /** Which side receives. */
    public enum Side { CLIENT, SERVER }

    /**
     * A side's state just before it receives {@code message}, which the other side sent.
     *
     * @param state the receiving state
     * @param message the message the conversation would deliver next
     * @param effects every effect the receiving side applied so far
     */
    public record Point(HandshakeState state, Input.Handshake message, List<Effect> effects) {
    }

    /** Both sides after the handshake. */
    public record Done(HandshakeState client, HandshakeState server) {
    }

    private HandshakeState client;
    private HandshakeState server;
    private final Deque<Input.Handshake> toServer = new ArrayDeque<>();
    private final Deque<Input.Handshake> toClient = new ArrayDeque<>();
    private final List<Effect> clientEffects = new ArrayList<>();
    private final List<Effect> serverEffects = new ArrayList<>();

    private Conversation(TlsConfig clientConfig, TlsConfig serverConfig, String serverName) {
        server = new ExpectClientHello(serverConfig);
        client = apply(ClientHelloFlight.start(clientConfig, serverName), Side.CLIENT);
    }

    /** A client configuration over the test PKI: x25519 only, seeded randomness. */
    public static TlsConfig.Builder client() {
        return TlsConfig.builder().trustAnchors(TestPki.anchors()).clock(TestPki.CLOCK)
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .random(RandomSources.seeded(new byte[] {11}));
    }

    /** A server configuration over the test PKI: a P-256 certificate, seeded randomness. */
    public static TlsConfig.Builder server() {
        return TlsConfig.builder().certifiedKeys(TestPki.server("p256")).clock(TestPki.CLOCK)
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .random(RandomSources.seeded(new byte[] {12}));
    }

    /**
     * Runs until {@code side} is about to receive its {@code occurrence}-th (from 1) message of
     * type {@code form}.
     */
    public static Point before(TlsConfig clientConfig, TlsConfig serverConfig, Side side,
            Class<? extends HandshakeMessage> form, int occurrence) {
        Conversation c = new Conversation(clientConfig, serverConfig, TestPki.SERVER_NAME);
        int seen = 0;
        while (true) {
            Side next = c.toServer.isEmpty() ? Side.CLIENT : Side.SERVER;
            Deque<Input.Handshake> queue = next == Side.SERVER ? c.toServer : c.toClient;
            if (queue.isEmpty()) {
                throw new AssertionError("the conversation ended before " + form.getSimpleName());
            }
            if (next == side && form.isInstance(queue.peek().message()) && ++seen == occurrence) {
                return new Point(side == Side.CLIENT ? c.client : c.server, queue.peek(),
                        List.copyOf(side == Side.CLIENT ? c.clientEffects : c.serverEffects));
            }
            c.deliver(next);
        }
    }

    /** {@link #before} the first such message. */
    public static Point before(TlsConfig clientConfig, TlsConfig serverConfig, Side side,
            Class<? extends HandshakeMessage> form) {
        return before(clientConfig, serverConfig, side, form, 1);
    }

    /** Runs the whole handshake; {@code tamper} may replace any message in flight. */
    public static Done complete(TlsConfig clientConfig, TlsConfig serverConfig,
            UnaryOperator<Input.Handshake> tamper) {
        Conversation c = new Conversation(clientConfig, serverConfig, TestPki.SERVER_NAME);
        for (int i = 0; i < 100 && !(c.toServer.isEmpty() && c.toClient.isEmpty()); i++) {
            Deque<Input.Handshake> queue = c.toServer.isEmpty() ? c.toClient : c.toServer;
            queue.push(Objects.requireNonNull(tamper.apply(queue.pop())));
            c.deliver(queue == c.toServer ? Side.SERVER : Side.CLIENT);
        }
        return new Done(c.client, c.server);
    }

    /** The whole handshake, untouched. */
    public static Done complete(TlsConfig clientConfig, TlsConfig serverConfig) {
        return complete(clientConfig, serverConfig, UnaryOperator.identity());
    }

    private void deliver(Side to) {
        if (to == Side.SERVER) {
            server = apply(server.handle(toServer.pop()), Side.SERVER);
        } else {
            client = apply(client.handle(toClient.pop()), Side.CLIENT);
        }
    }

    private HandshakeState apply(Step step, Side from) {
        for (Effect effect : step.effects()) {
            (from == Side.CLIENT ? clientEffects : serverEffects).add(effect);
            if (effect instanceof Effect.Send send) {
                (from == Side.CLIENT ? toServer : toClient)
                        .add(new Input.Handshake(send.message(), send.encoding()));
            }
        }
        return step.next();
    }
}
