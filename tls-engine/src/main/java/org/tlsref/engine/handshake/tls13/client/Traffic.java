package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.ApplicationTraffic;

/**
 * Client, TLS 1.3: the handshake is complete; application data flows, and the post-handshake
 * messages a client may receive are KeyUpdate (RFC 8446 §4.6.3) and NewSessionTicket (RFC 8446
 * §4.6.1). It holds the proofs a client must have: the server's signature and Finished.
 *
 * @param session what was negotiated
 * @param traffic the current application traffic secrets
 * @param serverSignature proof of the server's CertificateVerify
 * @param serverFinished proof of the server's Finished
 */
public record Traffic(Session session, ApplicationTraffic traffic,
        Verified.Signature serverSignature, Verified.Finished serverFinished)
        implements Tls13ClientState {

    /** Rejects nulls. */
    public Traffic {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(serverSignature, "serverSignature");
        Objects.requireNonNull(serverFinished, "serverFinished");
    }

    /**
     * A KeyUpdate updates the read keys (and answers one that asks); a NewSessionTicket is
     * reported and otherwise ignored until resumption exists; the application's key update
     * request sends a KeyUpdate. RFC 8446 §4.6.2: "A client that receives a CertificateRequest
     * message without having sent the "post_handshake_auth" extension MUST send an
     * "unexpected_message" fatal alert"; tlsref never sends it, and no other message is
     * expected here.
     */
    @Override
    public Step handle(Input input) {
        if (input instanceof Input.UpdateKeys update) {
            return moveTo(traffic.send(update.request()));
        }
        Received<HandshakeMessage> received =
                Require.anyHandshake(input, "KeyUpdate or NewSessionTicket");
        if (received.message() instanceof KeyUpdate keyUpdate) {
            return moveTo(traffic.received(keyUpdate));
        }
        if (received.message() instanceof NewSessionTicketTls13 ticket) {
            return Step.to(this).then(new Event.TicketReceived(ticket));
        }
        throw new TlsAlert(HandshakeViolation.UNEXPECTED_POST_HANDSHAKE_MESSAGE,
                received.message().type() + " after the handshake");
    }

    private Step moveTo(ApplicationTraffic.Update update) {
        return new Step(new Traffic(session, update.next(), serverSignature, serverFinished),
                update.effects());
    }

    @Override
    public String description() {
        return "client: handshake complete, application data";
    }
}
