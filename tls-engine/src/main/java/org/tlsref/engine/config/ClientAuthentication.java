package org.tlsref.engine.config;

/**
 * Whether a server asks the client for a certificate, and what it does without one (RFC 8446
 * §4.3.2; RFC 9846 §4.5.1.3).
 */
public enum ClientAuthentication {
    /** No CertificateRequest is sent; the client stays anonymous. */
    NONE,
    /**
     * A CertificateRequest is sent; an empty Certificate is accepted and the client stays
     * anonymous ("the server MAY at its discretion either continue the handshake without client
     * authentication").
     */
    OPTIONAL,
    /**
     * A CertificateRequest is sent; an empty Certificate ends the handshake with
     * certificate_required ("or abort the handshake with a "certificate_required" alert").
     */
    REQUIRED
}
