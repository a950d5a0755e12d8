package org.tlsref.engine.handshake.tls13;

import java.util.List;
import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.EarlySecret;
import org.tlsref.engine.keyschedule.HandshakeSecret;
import org.tlsref.engine.keyschedule.KeyLog;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * The handshake stage of the key schedule for a full handshake (RFC 8446 §7.1): no PSK, so
 * "Early Secret will still be HKDF-Extract(0, 0)"; the (EC)DHE shared secret gives the Handshake
 * Secret, and Transcript-Hash(ClientHello...ServerHello) the two handshake traffic secrets.
 *
 * @param handshakeSecret the Handshake Secret, from which the Master Secret follows
 * @param client client_handshake_traffic_secret
 * @param server server_handshake_traffic_secret
 */
public record HandshakeKeys(HandshakeSecret handshakeSecret, TrafficSecret client,
        TrafficSecret server) {

    /** Rejects nulls. */
    public HandshakeKeys {
        Objects.requireNonNull(handshakeSecret, "handshakeSecret");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
    }

    /**
     * Runs the schedule up to the handshake traffic secrets.
     *
     * @param sharedSecret the (EC)DHE or hybrid shared secret (RFC 8446 §7.4)
     * @param helloHash Transcript-Hash(ClientHello...ServerHello)
     */
    public static HandshakeKeys derive(CryptoProvider provider, CipherSuiteParameters suite,
            Secret sharedSecret, Bytes helloHash) {
        HandshakeSecret handshakeSecret =
                EarlySecret.withoutPsk(provider, suite).handshakeSecret(sharedSecret);
        return new HandshakeKeys(handshakeSecret,
                handshakeSecret.clientHandshakeTrafficSecret(helloHash),
                handshakeSecret.serverHandshakeTrafficSecret(helloHash));
    }

    /** The key log lines for the two secrets (draft-ietf-tls-keylogfile-05 §2.1). */
    public List<Effect.LogSecret> logLines(Bytes clientRandom) {
        return List.of(
            new Effect.LogSecret(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, clientRandom,
                    client.secret()),
            new Effect.LogSecret(KeyLog.SERVER_HANDSHAKE_TRAFFIC_SECRET, clientRandom,
                    server.secret())
        );
    }
}
