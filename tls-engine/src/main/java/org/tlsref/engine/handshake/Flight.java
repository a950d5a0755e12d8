package org.tlsref.engine.handshake;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.HandshakeMessage;

/**
 * A flight being written: each message sent is encoded once, added to the transcript and
 * queued as a {@link Effect.Send}, so a flight script reads top to bottom in RFC order
 * ({@code flight.send(serverHello); flight.then(installWriteKeys); flight.send(...)}).
 *
 * <p>Mutable and short-lived: one flight script owns it and turns it into a {@link Step}.
 */
public final class Flight {
    private final Transcript transcript;
    private final List<Effect> effects = new ArrayList<>();

    /** A flight whose messages go into {@code transcript}. */
    public Flight(Transcript transcript) {
        this.transcript = transcript;
    }

    /** Sends {@code message}: encodes it, adds it to the transcript, queues it; returns its bytes. */
    public Bytes send(HandshakeMessage message) {
        Bytes encoding = message.encode();
        transcript.add(encoding);
        effects.add(new Effect.Send(message, encoding));
        return encoding;
    }

    /** Queues an effect that is not a handshake message. */
    public void then(Effect effect) {
        effects.add(effect);
    }

    /** The transcript hash after the messages sent so far. */
    public Bytes transcriptHash() {
        return transcript.hash();
    }

    /** The step to {@code next} with this flight's effects. */
    public Step to(HandshakeState next) {
        return new Step(next, effects);
    }
}
