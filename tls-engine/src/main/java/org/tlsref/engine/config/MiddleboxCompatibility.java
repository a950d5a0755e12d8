package org.tlsref.engine.config;

/**
 * The middlebox compatibility mode of RFC 8446 §D.4, which makes a TLS 1.3 handshake look like a
 * resumed TLS 1.2 one to middleboxes that would otherwise drop it.
 *
 * <p>It matters for clients: "the client always provides a non-empty session ID in the
 * ClientHello" and "sends a dummy change_cipher_spec record immediately before its second
 * flight". A server always follows the client's lead: it sends its dummy change_cipher_spec
 * right after its first handshake message exactly when the client's legacy_session_id is not
 * empty, as OpenSSL does, which reproduces both RFC 8448 §3 and §7.
 *
 * <p>The default is {@link #ENABLED}, as in OpenSSL, BoringSSL, NSS and Go: real networks still
 * hold middleboxes that need it, and it costs 32 bytes and one record.
 */
public enum MiddleboxCompatibility {
    /** A 32-byte random legacy_session_id and a dummy change_cipher_spec before the second flight. */
    ENABLED,
    /** An empty legacy_session_id and no change_cipher_spec, as in RFC 8448 §3. */
    DISABLED
}
