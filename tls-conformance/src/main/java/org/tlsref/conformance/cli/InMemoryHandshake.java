package org.tlsref.conformance.cli;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.engine.TlsConnection;

/**
 * Runs a client and a server connection against each other in memory, as a network would carry
 * their bytes, until the handshake completes on both sides or one side fails. Bounded: more
 * rounds than any handshake needs, so it never loops for ever.
 */
final class InMemoryHandshake {
    private static final int MAX_ROUNDS = 64;
    private static final int BUFFER = 1 << 20;

    private InMemoryHandshake() {
    }

    /**
     * Exchanges bytes until both handshakes are complete or a side throws; after a failure the
     * alert it queued is delivered to the other side, as a network would.
     *
     * @return the first failure, or empty when both sides completed
     */
    static Optional<TlsAlert> run(TlsConnection client, TlsConnection server) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<TlsAlert> failure = move(client, server).or(() -> move(server, client));
            if (failure.isPresent()) {
                return failure;
            }
            if (client.handshakeComplete() && server.handshakeComplete()
                    && !client.wantsToTransmit() && !server.wantsToTransmit()) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("the handshake did not settle in " + MAX_ROUNDS
                + " rounds (a bug)");
    }

    /** Moves what {@code from} has to send into {@code to}; a failure of {@code to} is returned. */
    private static Optional<TlsAlert> move(TlsConnection from, TlsConnection to) {
        ByteBuffer wire = ByteBuffer.allocate(BUFFER);
        from.transmit(wire);
        wire.flip();
        try {
            while (wire.hasRemaining() && !to.failure().isPresent()) {
                to.receive(wire);
            }
        } catch (TlsAlert alert) {
            deliverAlert(to, from);
            return Optional.of(alert);
        }
        return Optional.empty();
    }

    /** Hands the alert {@code failed} queued to {@code peer}, which fails in turn. */
    private static void deliverAlert(TlsConnection failed, TlsConnection peer) {
        ByteBuffer wire = ByteBuffer.allocate(BUFFER);
        failed.transmit(wire);
        wire.flip();
        try {
            while (wire.hasRemaining() && !peer.failure().isPresent()) {
                peer.receive(wire);
            }
        } catch (TlsAlert expected) {
            // The peer received the fatal alert; the failure to report is the sender's.
        }
    }
}
