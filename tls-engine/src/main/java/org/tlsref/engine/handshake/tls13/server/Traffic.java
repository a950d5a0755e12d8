package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.ApplicationTraffic;

/**
 * Server, TLS 1.3: the handshake is complete; application data flows, and the only
 * post-handshake message a server accepts is KeyUpdate (RFC 8446 §4.6.3). It holds the proofs a
 * server must have: the client's Finished and, when asked for, its identity.
 *
 * @param session what was negotiated
 * @param traffic the current application traffic secrets
 * @param client who the client proved to be
 * @param clientFinished proof of the client's Finished
 */
public record Traffic(Session session, ApplicationTraffic traffic, ClientIdentity client,
        Verified.Finished clientFinished) implements Tls13ServerState {

    /** Rejects nulls. */
    public Traffic {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clientFinished, "clientFinished");
    }

    /**
     * A KeyUpdate updates the read keys (and answers one that asks); the application's key update
     * request sends one. Any other handshake message is unexpected: a client sends no
     * NewSessionTicket (RFC 8446 §4.6.1 is "sent by the server"), and post-handshake
     * authentication was not offered.
     */
    @Override
    public Step handle(Input input) {
        if (input instanceof Input.UpdateKeys update) {
            return moveTo(traffic.send(update.request()));
        }
        Received<HandshakeMessage> received = Require.anyHandshake(input, "KeyUpdate");
        if (received.message() instanceof KeyUpdate keyUpdate) {
            return moveTo(traffic.received(keyUpdate));
        }
        throw new TlsAlert(HandshakeViolation.UNEXPECTED_POST_HANDSHAKE_MESSAGE,
                received.message().type() + " from a client after the handshake");
    }

    private Step moveTo(ApplicationTraffic.Update update) {
        return new Step(new Traffic(session, update.next(), client, clientFinished),
                update.effects());
    }

    @Override
    public String description() {
        return "server: handshake complete, application data";
    }
}
