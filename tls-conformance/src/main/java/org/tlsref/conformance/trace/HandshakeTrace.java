package org.tlsref.conformance.trace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.record.Alert;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.handshake.Closed;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * The {@link HandshakeListener} of one endpoint that writes its handshake into a {@link Trace}:
 * messages sent (and, seen from {@link Perspective#ONE_ENDPOINT}, received), keys installed,
 * alerts both ways, and what the endpoint verified.
 *
 * <p>A check passed when the state that received a message did not fail: the engine throws the
 * alert otherwise. So each received message waits in {@link #unconfirmed} until the next effect
 * or state shows that it was accepted; the state entered after a Certificate holds the validated
 * path, which the trace reads to show the chain and its trust anchor.
 */
final class HandshakeTrace implements HandshakeListener {
    private final Trace trace;
    private final Side side;
    private final Perspective perspective;
    private final Deque<HandshakeMessage> unconfirmed = new ArrayDeque<>();

    HandshakeTrace(Trace trace, Side side, Perspective perspective) {
        this.trace = trace;
        this.side = side;
        this.perspective = perspective;
    }

    @Override
    public void received(Input input) {
        if (input instanceof Input.Handshake handshake) {
            unconfirmed.add(handshake.message());
            if (perspective == Perspective.ONE_ENDPOINT) {
                message(side.peer(), handshake.message());
            }
        } else if (input instanceof Input.ChangeCipherSpec) {
            if (perspective == Perspective.ONE_ENDPOINT) {
                trace.add(side.peer(), StepKind.CHANGE_CIPHER_SPEC, "change_cipher_spec",
                        Overview.NONE, List.of(Node.leaf("note",
                                "ignored: middlebox compatibility mode (RFC 8446 §D.4)")));
            }
        } else if (input instanceof Input.UpdateKeys update) {
            trace.add(side, StepKind.EVENT, "the application asks for a key update",
                    Overview.APPLICATION_DATA,
                    List.of(Node.leaf("request_update", update.request().toString())));
        }
    }

    @Override
    public void applied(Effect effect) {
        confirm(Closed.INSTANCE, false);
        if (effect instanceof Effect.Send send) {
            message(side, send.message());
        } else if (effect instanceof Effect.SendChangeCipherSpec) {
            trace.add(side, StepKind.CHANGE_CIPHER_SPEC, "change_cipher_spec", Overview.NONE,
                    List.of(Node.leaf("note",
                            "a dummy record for middleboxes (RFC 8446 §D.4); nothing changes")));
        } else if (effect instanceof Effect.InstallReadKeys keys) {
            keys(keys.name(), keys.secret(), "receiving");
        } else if (effect instanceof Effect.InstallWriteKeys keys) {
            keys(keys.name(), keys.secret(), "sending");
        } else if (effect instanceof Effect.LimitRecordSize limit) {
            trace.add(side, StepKind.EVENT, limit.description(), Overview.NONE, List.of());
        } else if (effect instanceof Event.HandshakeComplete complete) {
            trace.add(side, StepKind.EVENT, "handshake complete", Overview.APPLICATION_DATA,
                    SessionNotes.brief(complete.session()));
        } else if (effect instanceof Event.TicketReceived ticket) {
            trace.add(side, StepKind.EVENT, ticket.description(), Overview.NONE, List.of());
        }
    }

    @Override
    public void entered(HandshakeState state) {
        confirm(state, state instanceof Closed);
    }

    @Override
    public void alertSent(Alert alert, String detail) {
        unconfirmed.clear();
        boolean closure = alert.description().equals(AlertDescription.CLOSE_NOTIFY);
        trace.add(side, closure ? StepKind.EVENT : StepKind.ALERT,
                side.label() + " sends " + describe(alert), Overview.NONE,
                closure ? List.of() : List.of(Node.leaf("why", detail)));
    }

    @Override
    public void alertReceived(Alert alert) {
        unconfirmed.clear();
        boolean closure = alert.description().equals(AlertDescription.CLOSE_NOTIFY);
        trace.add(side, closure ? StepKind.EVENT : StepKind.ALERT,
                side.label() + " receives " + describe(alert) + " from the " + side.peer().label(),
                Overview.NONE, List.of());
    }

    /** The alert as people read it: {@code fatal alert bad_certificate(42)} or close_notify. */
    static String describe(Alert alert) {
        if (alert.description().equals(AlertDescription.CLOSE_NOTIFY)) {
            return "close_notify (no more data in this direction, RFC 8446 §6.1)";
        }
        return alert.level().toString().replaceAll("\\(.*", "").toLowerCase(Locale.ROOT)
                + " alert " + alert.description();
    }

    private void message(Side sender, HandshakeMessage message) {
        MessageNotes.Summary summary = MessageNotes.summarize(sender, message);
        trace.add(sender, StepKind.MESSAGE, summary.title(), summary.overview(),
                summary.details(), List.of(MessageNotes.fields(message)));
    }

    private void keys(String name, TrafficSecret secret, String direction) {
        boolean handshakeKeys = name.contains("handshake");
        trace.add(side, StepKind.KEYS, name + " keys installed for " + direction + " ("
                        + MessageNotes.aead(secret.parameters().aead()) + ")",
                handshakeKeys ? Overview.SECRET_KEY : Overview.APPLICATION_DATA,
                List.of(Node.leaf("note", handshakeKeys
                        ? "derived from the shared secret and the transcript so far (RFC 8446 §7.1)"
                        : "derived from the master secret and the transcript up to the server "
                                + "Finished (RFC 8446 §7.1)")));
    }

    /**
     * Reports what the received messages proved, now that the engine went on without an alert;
     * a failure ({@code failed}) proves nothing.
     */
    private void confirm(HandshakeState state, boolean failed) {
        while (!unconfirmed.isEmpty()) {
            HandshakeMessage message = unconfirmed.poll();
            if (!failed) {
                verified(message, state);
            }
        }
    }

    private void verified(HandshakeMessage message, HandshakeState state) {
        Side peer = side.peer();
        if (message instanceof CertificateTls13 certificate) {
            Overview overview = side == Side.CLIENT ? Overview.SERVER_VERIFIED
                    : Overview.CLIENT_VERIFIED;
            String title = certificate.certificateList().isEmpty()
                    ? "the client sent no certificate; the server's policy lets it continue "
                            + "without client authentication"
                    : side.label() + " verifies the " + peer.label() + "'s certificate: valid";
            trace.add(side, StepKind.VERIFIED, title, overview,
                    Verification.ofCertificate(side, certificate, state));
        } else if (message instanceof CertificateVerify verify) {
            trace.add(side, StepKind.VERIFIED, side.label() + " verifies the " + peer.label()
                            + "'s CertificateVerify: valid",
                    side == Side.CLIENT ? Overview.SERVER_VERIFIED : Overview.CLIENT_VERIFIED,
                    List.of(Node.leaf("signature", verify.algorithm() + " over the transcript, "
                            + "checked with the public key of the " + peer.label()
                            + "'s certificate: the " + peer.label()
                            + " holds its private key (RFC 8446 §4.4.3)")));
        } else if (message instanceof Finished) {
            trace.add(side, StepKind.VERIFIED, side.label() + " verifies the " + peer.label()
                            + "'s Finished: valid",
                    side == Side.CLIENT ? Overview.SERVER_FINISHED : Overview.CLIENT_FINISHED,
                    List.of(Node.leaf("verify_data", "equals the HMAC of the transcript under the "
                            + peer.label() + "'s finished key (RFC 8446 §4.4.4): both sides saw "
                            + "the same handshake")));
        }
    }
}
