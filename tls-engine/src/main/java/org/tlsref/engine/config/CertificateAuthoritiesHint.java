package org.tlsref.engine.config;

/**
 * Whether a server's CertificateRequest carries the certificate_authorities extension (RFC 8446
 * §4.2.4) naming its trust anchors, the overview's "Distinguished Names of acceptable
 * Certification Authorities", so that the client can pick a certificate they issued.
 */
public enum CertificateAuthoritiesHint {
    /** The distinguished names of the configured trust anchors are sent (the default). */
    SEND,
    /** No certificate_authorities extension, as in RFC 8448 §6. */
    OMIT
}
