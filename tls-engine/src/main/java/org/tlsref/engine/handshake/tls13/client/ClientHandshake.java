package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.HandshakeKeys;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/**
 * What a TLS 1.3 client knows once the ServerHello is accepted, carried from state to state:
 * what it offered, what the server chose, the transcript (which the live state owns) and the
 * handshake traffic secrets.
 *
 * @param offered the ClientHello last sent and its key shares
 * @param suite the chosen cipher suite's parameters
 * @param group the chosen key exchange group
 * @param transcript the transcript so far; mutable, handed from state to state
 * @param keys the handshake traffic secrets
 */
public record ClientHandshake(OfferedHello offered, CipherSuiteParameters suite, NamedGroup group,
        Transcript transcript, HandshakeKeys keys) {

    /** Rejects nulls. */
    public ClientHandshake {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(keys, "keys");
    }

    /** The client's configuration. */
    public TlsConfig config() {
        return offered.config();
    }
}
