package org.tlsref.engine;

import org.tlsref.engine.config.HostnameVerification;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.client.ClientHelloFlight;

/** Creates client connections. */
public final class TlsClient {
    private TlsClient() {
    }

    /**
     * A client connection to {@code serverName} whose ClientHello waits for
     * {@link TlsConnection#transmit}. The name is a host name, sent as server_name (RFC 6066 §3)
     * and checked against the server's certificate (RFC 9525), or an IP address literal, only
     * checked.
     *
     * @throws IllegalArgumentException when the configuration lacks what a client needs, or the
     *     name is empty while host names are verified
     */
    public static TlsConnection create(TlsConfig config, String serverName) {
        config.checkForClient();
        if (serverName.isEmpty()
                && config.authentication().hostnameVerification() == HostnameVerification.VERIFY) {
            throw new IllegalArgumentException("a server name is needed to verify the server");
        }
        return TlsConnection.startClient(config, ClientHelloFlight.start(config, serverName));
    }
}
