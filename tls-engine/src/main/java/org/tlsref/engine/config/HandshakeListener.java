package org.tlsref.engine.config;

import org.tlsref.api.record.Alert;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.Input;

/**
 * Watches one connection's handshake as it happens, for the annotated trace the command line
 * prints: each input received, each effect applied (messages sent, keys installed, events), each
 * state entered, and alerts both ways. Every input, effect and state has a short
 * {@code description()}; the messages themselves are in {@link Input.Handshake} and
 * {@link Effect.Send}.
 *
 * <p>Called on the thread that drives the connection, in protocol order; every method does
 * nothing by default. A listener must not throw: what it throws is a bug reported as
 * internal_error.
 */
public interface HandshakeListener {
    /** A listener that ignores everything. */
    HandshakeListener NONE = new HandshakeListener() {
    };

    /** The connection hands {@code input} to the current state. */
    default void received(Input input) {
    }

    /** The connection applied {@code effect}. */
    default void applied(Effect effect) {
    }

    /** The connection moved to {@code state}. */
    default void entered(HandshakeState state) {
    }

    /** This endpoint sent {@code alert}; {@code detail} says why. */
    default void alertSent(Alert alert, String detail) {
    }

    /** The peer sent {@code alert}. */
    default void alertReceived(Alert alert) {
    }
}
