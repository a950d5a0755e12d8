package org.tlsref.engine.handshake.tls13;

import java.util.List;
import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.keyschedule.ExporterMasterSecret;
import org.tlsref.engine.keyschedule.KeyLog;
import org.tlsref.engine.keyschedule.MasterSecret;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * The secrets of the Master Secret over Transcript-Hash(ClientHello...server Finished) (RFC 8446
 * §7.1): the first application traffic secrets and the exporter master secret.
 *
 * @param client client_application_traffic_secret_0
 * @param server server_application_traffic_secret_0
 * @param exporter exporter_master_secret
 */
public record ApplicationKeys(TrafficSecret client, TrafficSecret server,
        ExporterMasterSecret exporter) {

    /** Rejects nulls. */
    public ApplicationKeys {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(exporter, "exporter");
    }

    /** Derives them from the Handshake Secret and the hash through the server's Finished. */
    public static ApplicationKeys derive(HandshakeKeys handshake, Bytes serverFinishedHash) {
        MasterSecret master = handshake.handshakeSecret().masterSecret();
        return new ApplicationKeys(master.clientApplicationTrafficSecret(serverFinishedHash),
                master.serverApplicationTrafficSecret(serverFinishedHash),
                master.exporterMasterSecret(serverFinishedHash));
    }

    /** The key log lines for the three secrets (draft-ietf-tls-keylogfile-05 §2.1). */
    public List<Effect.LogSecret> logLines(Bytes clientRandom) {
        return List.of(
            new Effect.LogSecret(KeyLog.CLIENT_TRAFFIC_SECRET_0, clientRandom, client.secret()),
            new Effect.LogSecret(KeyLog.SERVER_TRAFFIC_SECRET_0, clientRandom, server.secret()),
            new Effect.LogSecret(KeyLog.EXPORTER_SECRET, clientRandom, exporter.secret())
        );
    }
}
