package org.tlsref.conformance.trace;

/**
 * Whose listeners feed one {@link Trace}: both endpoints (an in-memory handshake, where each
 * message is shown once, when it is sent) or one endpoint talking to a peer elsewhere (each
 * message is shown when it is sent or received).
 */
public enum Perspective {
    /** Client and server both report to the trace; a message appears once, when sent. */
    BOTH_ENDPOINTS,
    /** Only this endpoint reports; the peer's messages appear when they arrive. */
    ONE_ENDPOINT
}
