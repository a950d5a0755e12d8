package org.tlsref.engine.handshake.tls13.server;

import java.util.List;
import java.util.Objects;
import org.tlsref.api.message.Finished;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.ApplicationTraffic;

/**
 * Server, TLS 1.3: waiting for the client's Finished (RFC 8446 §4.4.4), the overview's "the TLS
 * client sends the server a finished message".
 *
 * @param hs the handshake so far
 * @param client who the client proved to be
 */
public record ExpectFinished(ServerHandshake hs, ClientIdentity client)
        implements Tls13ServerState {

    /** Rejects nulls. */
    public ExpectFinished {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(client, "client");
    }

    /**
     * RFC 8446 §4.4.4: "Recipients of Finished messages MUST verify that the contents are correct
     * and if incorrect MUST terminate the connection with a "decrypt_error" alert." Then the
     * server reads with the client's application keys (RFC 8446 §7.3).
     */
    @Override
    public Step handle(Input input) {
        Received<Finished> received = Require.handshake(input, Finished.class);
        Verified.Finished clientFinished = Verified.finished(hs.keys().client(),
                hs.transcript().hash(), received.message().verifyData());
        hs.transcript().add(received);

        Choices choices = hs.choices();
        Session session = new Session(ProtocolVersion.TLS_1_3, choices.suite().suite(),
                choices.group(), choices.signatureScheme(),
                client instanceof ClientIdentity.Authenticated authenticated
                        ? authenticated.path().certificates() : List.of(),
                choices.applicationProtocol());
        ApplicationTraffic traffic = ApplicationTraffic.initial(hs.application().client(),
                "client application traffic", hs.application().server(),
                "server application traffic");
        return Step.to(new Traffic(session, traffic, client, clientFinished))
                .then(new Effect.InstallReadKeys(traffic.read(), "client application traffic"))
                .then(new Event.HandshakeComplete(session, hs.application().exporter()));
    }

    @Override
    public String description() {
        return "server: waiting for the client's Finished";
    }
}
