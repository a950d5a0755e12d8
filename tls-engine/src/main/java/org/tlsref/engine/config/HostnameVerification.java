package org.tlsref.engine.config;

/**
 * Whether a client checks that the server's validated certificate names the server it meant
 * (RFC 9525 §6, through {@link org.tlsref.crypto.pki.HostnameMatcher}). Path validation to the
 * trust anchors is never skipped.
 */
public enum HostnameVerification {
    /** The leaf's subjectAltName must match the name given to the client (the default). */
    VERIFY,
    /**
     * No name check: only for peers whose certificates name nothing usable, such as the RFC 8448
     * traces, whose certificates carry only a common name.
     */
    SKIP
}
