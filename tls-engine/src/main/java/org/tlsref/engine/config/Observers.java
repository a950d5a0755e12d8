package org.tlsref.engine.config;

import java.util.Objects;
import org.tlsref.engine.keyschedule.KeyLog;

/**
 * Who watches a connection: the key log, for decrypting captures (draft-ietf-tls-keylogfile),
 * and the handshake listener, for traces. Neither changes what happens on the wire. Built by
 * {@link TlsConfig.Builder}.
 *
 * @param keyLog where secrets are written; {@link KeyLog#NONE} by default
 * @param listener who is told of each step; {@link HandshakeListener#NONE} by default
 */
public record Observers(KeyLog keyLog, HandshakeListener listener) {
    /** Rejects nulls. */
    public Observers {
        Objects.requireNonNull(keyLog, "keyLog");
        Objects.requireNonNull(listener, "listener");
    }
}
