package org.tlsref.engine.config;

/**
 * Whose order of preference a server follows when it picks among values both sides support:
 * cipher suites, groups and signature schemes (RFC 8446 §4.1.1 leaves the choice to the server).
 */
public enum NegotiationPreference {
    /** The server's configured order decides (the default, as in most servers). */
    SERVER_ORDER,
    /** The client's order in its ClientHello decides. */
    CLIENT_ORDER
}
