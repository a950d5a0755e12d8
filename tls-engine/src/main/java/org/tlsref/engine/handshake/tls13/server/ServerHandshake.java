package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.ApplicationKeys;
import org.tlsref.engine.handshake.tls13.HandshakeKeys;

/**
 * What a TLS 1.3 server knows once its first flight is sent, carried from state to state until
 * the client's Finished.
 *
 * @param config the server's configuration
 * @param choices what the server chose
 * @param transcript the transcript through the server's Finished; mutable, handed on
 * @param keys the handshake traffic secrets (the client's reads its flight)
 * @param application the application traffic secrets, derived after the server's Finished
 */
public record ServerHandshake(TlsConfig config, Choices choices,
        Transcript transcript, HandshakeKeys keys, ApplicationKeys application) {

    /** Rejects nulls. */
    public ServerHandshake {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(application, "application");
    }
}
