package org.tlsref.engine.handshake;

/**
 * One point where an endpoint waits: for a message from the peer ({@code Expect<Message>}), for
 * a decision of the application, or, at the end, in {@code Traffic} or {@link Closed}. A state is
 * immutable and holds only what is valid at that point; {@link #handle} returns the next state
 * and what to do, as data (STYLE.md, "Handshake state machine").
 */
public interface HandshakeState {
    /**
     * Takes one input and returns the next state with the effects the connection applies in
     * order.
     *
     * @throws org.tlsref.api.TlsAlert when the input breaks a rule; the connection sends the
     *     alert and closes
     */
    Step handle(Input input);

    /** A short description of what this state waits for, for the annotated trace. */
    String description();
}
