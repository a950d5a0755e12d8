package org.tlsref.engine;

import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.server.ExpectClientHello;

/** Creates server connections. */
public final class TlsServer {
    private TlsServer() {
    }

    /**
     * A server connection waiting for a ClientHello.
     *
     * @throws IllegalArgumentException when the configuration lacks what a server needs
     */
    public static TlsConnection create(TlsConfig config) {
        config.checkForServer();
        return TlsConnection.startServer(config, new ExpectClientHello(config));
    }
}
