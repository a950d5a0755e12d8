package org.tlsref.engine.config;

/**
 * Whether a client pads its ClientHello with the padding extension (RFC 7685).
 */
public enum ClientHelloPadding {
    /** No padding extension (the default, as in Go and OpenSSL). */
    NONE,
    /**
     * A ClientHello message of 256 to 511 bytes is padded to 512 bytes, as NSS and BoringSSL do
     * to get past servers that hang on ClientHellos of that size (RFC 7685 §1 gives the
     * motivation); RFC 8448 §5 shows it on the second ClientHello.
     */
    TO_512_BYTES
}
