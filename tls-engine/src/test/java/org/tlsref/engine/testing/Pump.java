package org.tlsref.engine.testing;

import java.nio.ByteBuffer;
import org.tlsref.engine.TlsConnection;

/**
 * Moves bytes between two connections in memory, as a network would, until nothing moves.
 * Bounded: a handshake that does not settle within {@link #MAX_ROUNDS} exchanges is a failure
 * of the test, never a hang.
 */
public final class Pump {
    /** More round trips than any handshake here needs (a full one with HRR takes three). */
    public static final int MAX_ROUNDS = 64;
    private static final int BUFFER = 1 << 20;

    private Pump() {
    }

    /** Exchanges bytes until neither side has anything to send; returns the rounds taken. */
    public static int run(TlsConnection client, TlsConnection server) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = move(client, server) | move(server, client);
            if (!moved) {
                return round;
            }
        }
        throw new AssertionError("no quiescence after " + MAX_ROUNDS + " rounds");
    }

    /** Transmits everything {@code from} has into {@code to}; true when bytes moved. */
    public static boolean move(TlsConnection from, TlsConnection to) {
        ByteBuffer wire = ByteBuffer.allocate(BUFFER);
        from.transmit(wire);
        wire.flip();
        boolean moved = wire.hasRemaining();
        while (wire.hasRemaining()) {
            int before = wire.remaining();
            to.receive(wire);
            if (wire.remaining() == before) {
                throw new AssertionError("the receiver took nothing; its buffer is full");
            }
        }
        return moved;
    }

    /** Everything {@code from} has to send, as bytes. */
    public static byte[] drain(TlsConnection from) {
        ByteBuffer wire = ByteBuffer.allocate(BUFFER);
        from.transmit(wire);
        wire.flip();
        byte[] bytes = new byte[wire.remaining()];
        wire.get(bytes);
        return bytes;
    }
}
