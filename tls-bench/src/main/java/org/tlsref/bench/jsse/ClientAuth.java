package org.tlsref.bench.jsse;

/** Whether the server asks for and requires a client certificate (RFC 8446 §4.3.2). */
public enum ClientAuth {
    /** Server authentication only. */
    NONE,
    /** The server sends CertificateRequest and requires the client's certificate. */
    REQUIRED
}
