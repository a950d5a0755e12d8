package org.tlsref.engine.handshake.client;

import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.client.ClientHellos;
import org.tlsref.engine.handshake.tls13.client.OfferedHello;

/**
 * A client's first flight (RFC 8446 §2): the ClientHello, with every version it supports, then
 * wait for the server's choice.
 */
public final class ClientHelloFlight {
    private ClientHelloFlight() {
    }

    /**
     * Starts a client handshake with the server called {@code serverName}: a host name (sent in
     * server_name and checked in the certificate) or an IP address literal (only checked).
     */
    public static Step start(TlsConfig config, String serverName) {
        OfferedHello offered = ClientHellos.first(config, serverName);
        return Step.to(new ExpectServerHello(offered))
                .then(new Effect.Send(offered.hello(), offered.encoding()));
    }
}
