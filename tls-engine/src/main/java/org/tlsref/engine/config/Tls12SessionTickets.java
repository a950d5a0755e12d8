package org.tlsref.engine.config;

/**
 * Whether a client's ClientHello carries an empty session_ticket extension (RFC 5077 §3.2), the
 * TLS 1.2 way of saying it accepts session tickets. TLS 1.3 ignores it; RFC 8448 §3 shows it.
 */
public enum Tls12SessionTickets {
    /** No session_ticket extension (the default). */
    DO_NOT_OFFER,
    /** An empty session_ticket extension in every ClientHello. */
    OFFER
}
