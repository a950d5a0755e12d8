package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * The second stage of the TLS 1.3 key schedule (RFC 8446 §7.1) and its derivations: the
 * handshake traffic secrets and the next stage.
 * <pre>
 *    (EC)DHE -&gt; HKDF-Extract = Handshake Secret
 *              +-----&gt; Derive-Secret(., "c hs traffic", ClientHello...ServerHello)
 *              |                = client_handshake_traffic_secret
 *              +-----&gt; Derive-Secret(., "s hs traffic", ClientHello...ServerHello)
 *              |                = server_handshake_traffic_secret
 *              v
 *        Derive-Secret(., "derived", "")
 * </pre>
 */
public final class HandshakeSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    HandshakeSecret(Tls13Kdf kdf, Secret secret) {
        this.kdf = kdf;
        this.secret = secret;
    }

    /**
     * client_handshake_traffic_secret.
     *
     * @param helloHash Transcript-Hash(ClientHello...ServerHello) (after a HelloRetryRequest, with
     *     the first ClientHello replaced by message_hash, RFC 8446 §4.4.1)
     */
    public TrafficSecret clientHandshakeTrafficSecret(Bytes helloHash) {
        return new TrafficSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.CLIENT_HANDSHAKE_TRAFFIC, helloHash));
    }

    /**
     * server_handshake_traffic_secret.
     *
     * @param helloHash Transcript-Hash(ClientHello...ServerHello)
     */
    public TrafficSecret serverHandshakeTrafficSecret(Bytes helloHash) {
        return new TrafficSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.SERVER_HANDSHAKE_TRAFFIC, helloHash));
    }

    /**
     * The Master Secret: HKDF-Extract(Derive-Secret(Handshake Secret, "derived", ""), 0)
     * (RFC 8446 §7.1).
     */
    public MasterSecret masterSecret() {
        Secret derived = kdf.deriveSecretOverNothing(secret, KeyScheduleLabels.DERIVED);
        Secret zeros = kdf.zeros();
        Secret master = kdf.extract(derived, zeros);
        derived.destroy();
        return new MasterSecret(kdf, master);
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
        return "HandshakeSecret[" + kdf.parameters() + ", redacted]";
    }
}
