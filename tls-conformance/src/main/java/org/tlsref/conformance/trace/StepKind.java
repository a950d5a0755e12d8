package org.tlsref.conformance.trace;

import java.util.Locale;

/** What a {@link TraceStep} reports. */
public enum StepKind {
    /** A handshake message, from its sender to the other side. */
    MESSAGE,
    /** A change_cipher_spec record of the middlebox compatibility mode (RFC 8446 §D.4). */
    CHANGE_CIPHER_SPEC,
    /** Record protection keys put into use for one direction (RFC 8446 §7.3). */
    KEYS,
    /** A check of what the peer sent that passed: a certificate path, a signature, a Finished. */
    VERIFIED,
    /** An alert sent or received (RFC 8446 §6). */
    ALERT,
    /** Something else the endpoint did or learned: handshake complete, a ticket, a key update. */
    EVENT,
    /** The parameters the handshake agreed on, once it is complete. */
    NEGOTIATED;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
