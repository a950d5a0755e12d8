package org.tlsref.conformance.cli;

/** What {@code tlsref server} does with each connection after the handshake. */
enum ServerMode {
    /**
     * Standard input goes to the connection and its data to standard output, one connection at
     * a time (standard input can only feed one), as {@code openssl s_server} does.
     */
    RELAY,
    /** Application data is sent back as it arrives, until the client's close_notify. */
    ECHO,
    /**
     * An HTTP request is answered with a plain-text page describing the negotiated session, then
     * the connection is closed, as {@code openssl s_server -www} does.
     */
    WWW
}
