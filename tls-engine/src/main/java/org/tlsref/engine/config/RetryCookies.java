package org.tlsref.engine.config;

import org.tlsref.api.codec.Bytes;

/**
 * What a server puts in the cookie of a HelloRetryRequest (RFC 8446 §4.2.2), which the second
 * ClientHello must echo. tlsref's server keeps its state in memory, so the cookie only ties the
 * two ClientHellos together; an application may carry other data in it, and a replay the
 * recorded value.
 */
@FunctionalInterface
public interface RetryCookies {
    /**
     * The default: the cookie is Hash(ClientHello1), what RFC 8446 §4.4.1 says a stateless server
     * keeps ("storing just the hash of ClientHello1 in the cookie"); this stateful server needs
     * no integrity protection for it, as it compares the echo with what it sent.
     */
    RetryCookies CLIENT_HELLO_HASH = clientHello1Hash -> clientHello1Hash;

    /**
     * The cookie to send, 1 to 2^16-1 bytes.
     *
     * @param clientHello1Hash Hash(ClientHello1) under the chosen suite's hash
     */
    Bytes cookie(Bytes clientHello1Hash);
}
