package org.tlsref.conformance.trace;

import java.util.Locale;

/** The two endpoints of a handshake, as the trace names them. */
public enum Side {
    /** The endpoint that sends the ClientHello. */
    CLIENT,
    /** The endpoint that answers it. */
    SERVER;

    /** The other endpoint. */
    public Side peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** {@code client} or {@code server}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
