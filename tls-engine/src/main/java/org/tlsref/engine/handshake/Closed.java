package org.tlsref.engine.handshake;

/**
 * The terminal state after an alert was sent or received: no input is taken any more. The
 * connection stops feeding inputs once it is here, so a call of {@link #handle} is a bug of the
 * caller.
 */
public final class Closed implements HandshakeState {
    /** The one closed state. */
    public static final Closed INSTANCE = new Closed();

    private Closed() {
    }

    /**
     * @throws IllegalStateException always: a closed connection takes no input
     */
    @Override
    public Step handle(Input input) {
        throw new IllegalStateException("the connection is closed; " + input.description());
    }

    @Override
    public String description() {
        return "closed";
    }
}
