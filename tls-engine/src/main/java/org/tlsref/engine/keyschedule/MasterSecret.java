package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * The last stage of the TLS 1.3 key schedule (RFC 8446 §7.1; RFC 9846 §7.1 calls it the Main
 * Secret, and keeps the "master" labels "while retaining compatibility") and its derivations.
 * <pre>
 *       0 -&gt; HKDF-Extract = Master Secret
 *              +-----&gt; Derive-Secret(., "c ap traffic", ClientHello...server Finished)
 *              |                = client_application_traffic_secret_0
 *              +-----&gt; Derive-Secret(., "s ap traffic", ClientHello...server Finished)
 *              |                = server_application_traffic_secret_0
 *              +-----&gt; Derive-Secret(., "exp master", ClientHello...server Finished)
 *              |                = exporter_master_secret
 *              +-----&gt; Derive-Secret(., "res master", ClientHello...client Finished)
 *                               = resumption_master_secret
 * </pre>
 * TLS 1.2's master secret (RFC 5246 §8.1) is another type.
 */
public final class MasterSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    MasterSecret(Tls13Kdf kdf, Secret secret) {
        this.kdf = kdf;
        this.secret = secret;
    }

    /**
     * client_application_traffic_secret_0.
     *
     * @param serverFinishedHash Transcript-Hash(ClientHello...server Finished)
     */
    public TrafficSecret clientApplicationTrafficSecret(Bytes serverFinishedHash) {
        return new TrafficSecret(kdf, kdf.deriveSecret(secret,
                KeyScheduleLabels.CLIENT_APPLICATION_TRAFFIC, serverFinishedHash));
    }

    /**
     * server_application_traffic_secret_0.
     *
     * @param serverFinishedHash Transcript-Hash(ClientHello...server Finished)
     */
    public TrafficSecret serverApplicationTrafficSecret(Bytes serverFinishedHash) {
        return new TrafficSecret(kdf, kdf.deriveSecret(secret,
                KeyScheduleLabels.SERVER_APPLICATION_TRAFFIC, serverFinishedHash));
    }

    /**
     * exporter_master_secret, for {@link Exporter#export}.
     *
     * @param serverFinishedHash Transcript-Hash(ClientHello...server Finished)
     */
    public ExporterMasterSecret exporterMasterSecret(Bytes serverFinishedHash) {
        return new ExporterMasterSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.EXPORTER_MASTER, serverFinishedHash));
    }

    /**
     * resumption_master_secret, for {@link ResumptionPsk#psk}.
     *
     * @param clientFinishedHash Transcript-Hash(ClientHello...client Finished)
     */
    public ResumptionMasterSecret resumptionMasterSecret(Bytes clientFinishedHash) {
        return new ResumptionMasterSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.RESUMPTION_MASTER, clientFinishedHash));
    }

    /** The secret itself, for tests and traces. */
    public Secret secret() {
        return secret;
    }

    /** The suite this schedule runs under. */
    public CipherSuiteParameters parameters() {
        return kdf.parameters();
    }

    @Override
    public void destroy() {
        secret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return secret.isDestroyed();
    }

    @Override
    public String toString() {
        return "MasterSecret[" + kdf.parameters() + ", redacted]";
    }
}
