package org.tlsref.engine.keyschedule;

import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * Where the connection reports its secrets so that Wireshark and other tools can decrypt a
 * capture: the SSLKEYLOGFILE format (draft-ietf-tls-keylogfile-05 §2), one line per secret,
 * {@code <label> <client_random as 64 hex digits> <secret in hex>}. Implementations:
 * {@link #NONE}, and those of {@link KeyLogs}.
 *
 * <p>draft-ietf-tls-keylogfile-05 §1.1: "this mechanism MUST NOT be used in a production system";
 * the default is {@link #NONE}.
 */
@FunctionalInterface
public interface KeyLog {
    /** draft-ietf-tls-keylogfile-05 §2.1: client_early_traffic_secret. */
    String CLIENT_EARLY_TRAFFIC_SECRET = "CLIENT_EARLY_TRAFFIC_SECRET";
    /** draft-ietf-tls-keylogfile-05 §2.1: early_exporter_master_secret. */
    String EARLY_EXPORTER_SECRET = "EARLY_EXPORTER_SECRET";
    /** draft-ietf-tls-keylogfile-05 §2.1: client_handshake_traffic_secret. */
    String CLIENT_HANDSHAKE_TRAFFIC_SECRET = "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
    /** draft-ietf-tls-keylogfile-05 §2.1: server_handshake_traffic_secret. */
    String SERVER_HANDSHAKE_TRAFFIC_SECRET = "SERVER_HANDSHAKE_TRAFFIC_SECRET";
    /** draft-ietf-tls-keylogfile-05 §2.1: client_application_traffic_secret_0. */
    String CLIENT_TRAFFIC_SECRET_0 = "CLIENT_TRAFFIC_SECRET_0";
    /** draft-ietf-tls-keylogfile-05 §2.1: server_application_traffic_secret_0. */
    String SERVER_TRAFFIC_SECRET_0 = "SERVER_TRAFFIC_SECRET_0";
    /** draft-ietf-tls-keylogfile-05 §2.1: exporter_master_secret. */
    String EXPORTER_SECRET = "EXPORTER_SECRET";
    /** draft-ietf-tls-keylogfile-05 §2.2: the TLS 1.2 master secret. */
    String CLIENT_RANDOM = "CLIENT_RANDOM";

    /** Logs nothing. */
    KeyLog NONE = (label, clientRandom, secret) -> { };

    /**
     * Records one secret.
     *
     * @param label one of the constants above
     * @param clientRandom the ClientHello.random that identifies the connection, 32 bytes
     *     (draft-ietf-tls-keylogfile-05 §2.1: with ECH, the inner ClientHello's)
     * @param secret the secret
     * @throws IllegalArgumentException for a client random that is not 32 bytes or a label that is
     *     empty or holds a space or a line break
     */
    void log(String label, Bytes clientRandom, Secret secret);
}
