package org.tlsref.conformance.cli;

import org.tlsref.api.TlsAlert;
import org.tlsref.conformance.trace.Side;
import org.tlsref.engine.PeerAlert;

/** Failure messages that say which alert, which side sent it, and why. */
final class Failures {
    /** Exit status: success. */
    static final int OK = 0;
    /** Exit status: the handshake or connection ended with a TLS alert, sent or received. */
    static final int TLS_FAILURE = 1;
    /** Exit status: a usage or configuration error (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** Exit status: a network failure: refused, timed out, closed without close_notify. */
    static final int NETWORK = 3;

    private Failures() {
    }

    /**
     * {@code the client sent fatal alert bad_certificate(0x2a) to the server: ...why...} or
     * {@code the server sent fatal alert certificate_required(0x74); the client received it}.
     */
    static String describe(TlsAlert alert, Side self) {
        if (alert.reason() instanceof PeerAlert) {
            return "the " + self.peer().label() + " sent fatal alert " + alert.description()
                    + "; the " + self.label() + " received it";
        }
        return "the " + self.label() + " sent fatal alert " + alert.description() + " to the "
                + self.peer().label() + ": " + alert.getMessage();
    }
}
