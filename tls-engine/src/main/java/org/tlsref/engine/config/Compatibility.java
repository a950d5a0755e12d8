package org.tlsref.engine.config;

import java.util.Objects;

/**
 * What a client adds to its ClientHello only to get along with the network and older servers;
 * none of it changes what is negotiated. Built by {@link TlsConfig.Builder}.
 *
 * @param middlebox the middlebox compatibility mode of RFC 8446 §D.4
 * @param clientHelloPadding the padding extension of RFC 7685
 * @param tls12SessionTickets the empty session_ticket extension of RFC 5077
 */
public record Compatibility(MiddleboxCompatibility middlebox,
        ClientHelloPadding clientHelloPadding, Tls12SessionTickets tls12SessionTickets) {

    /** Rejects nulls. */
    public Compatibility {
        Objects.requireNonNull(middlebox, "middlebox");
        Objects.requireNonNull(clientHelloPadding, "clientHelloPadding");
        Objects.requireNonNull(tls12SessionTickets, "tls12SessionTickets");
    }
}
