package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;

/**
 * The first stage of the TLS 1.3 key schedule (RFC 8446 §7.1), "PSK --&gt; HKDF-Extract = Early
 * Secret" with salt 0, and the derivations legal at this stage: the binder keys, the 0-RTT
 * traffic and exporter secrets, and the next stage.
 * <pre>
 *              0
 *              |
 *              v
 *    PSK -&gt;  HKDF-Extract = Early Secret
 *              +-----&gt; Derive-Secret(., "ext binder" | "res binder", "") = binder_key
 *              +-----&gt; Derive-Secret(., "c e traffic", ClientHello) = client_early_traffic_secret
 *              +-----&gt; Derive-Secret(., "e exp master", ClientHello) = early_exporter_master_secret
 *              v
 *        Derive-Secret(., "derived", "")
 * </pre>
 * Immutable apart from {@link #destroy()}: RFC 9846 §7.1, "Once all the values which are to be
 * derived from a given secret have been computed, that secret SHOULD be erased."
 */
public final class EarlySecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    private EarlySecret(Tls13Kdf kdf, Secret secret) {
        this.kdf = kdf;
        this.secret = secret;
    }

    /** The Early Secret of {@code psk} under {@code parameters}' hash (RFC 8446 §7.1). */
    public static EarlySecret of(CryptoProvider provider, CipherSuiteParameters parameters, Secret psk) {
        Tls13Kdf kdf = Tls13Kdf.of(provider, parameters);
        return new EarlySecret(kdf, kdf.extractWithZeroSalt(psk));
    }

    /**
     * The Early Secret without a PSK: RFC 8446 §7.1, "if PSK is not in use, Early Secret will
     * still be HKDF-Extract(0, 0)".
     */
    public static EarlySecret withoutPsk(CryptoProvider provider, CipherSuiteParameters parameters) {
        Tls13Kdf kdf = Tls13Kdf.of(provider, parameters);
        return new EarlySecret(kdf, kdf.extractWithZeroSalt(kdf.zeros()));
    }

    /** binder_key for a PSK from a previous connection's ticket ("res binder", RFC 8446 §7.1). */
    public BinderKey resumptionBinderKey() {
        return new BinderKey(kdf, kdf.deriveSecretOverNothing(secret, KeyScheduleLabels.RESUMPTION_BINDER));
    }

    /** binder_key for a PSK provisioned outside TLS ("ext binder", RFC 8446 §7.1). */
    public BinderKey externalBinderKey() {
        return new BinderKey(kdf, kdf.deriveSecretOverNothing(secret, KeyScheduleLabels.EXTERNAL_BINDER));
    }

    /**
     * client_early_traffic_secret, which protects 0-RTT data and EndOfEarlyData (RFC 8446 §7.3).
     *
     * @param helloHash Transcript-Hash(ClientHello), the whole ClientHello with its binders
     */
    public TrafficSecret clientEarlyTrafficSecret(Bytes helloHash) {
        return new TrafficSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.CLIENT_EARLY_TRAFFIC, helloHash));
    }

    /**
     * early_exporter_master_secret (RFC 8446 §7.1), for exporters over 0-RTT (RFC 8446 §7.5).
     *
     * @param helloHash Transcript-Hash(ClientHello)
     */
    public EarlyExporterMasterSecret earlyExporterMasterSecret(Bytes helloHash) {
        return new EarlyExporterMasterSecret(kdf,
                kdf.deriveSecret(secret, KeyScheduleLabels.EARLY_EXPORTER_MASTER, helloHash));
    }

    /**
     * The Handshake Secret: HKDF-Extract(Derive-Secret(Early Secret, "derived", ""), shared
     * secret) (RFC 8446 §7.1).
     *
     * @param sharedSecret the (EC)DHE or hybrid shared secret (RFC 8446 §7.4)
     */
    public HandshakeSecret handshakeSecret(Secret sharedSecret) {
        Secret derived = kdf.deriveSecretOverNothing(secret, KeyScheduleLabels.DERIVED);
        Secret handshakeSecret = kdf.extract(derived, sharedSecret);
        derived.destroy();
        return new HandshakeSecret(kdf, handshakeSecret);
    }

    /**
     * The Handshake Secret of a PSK-only handshake (psk_ke, no key share): RFC 8446 §7.1, "If a
     * given secret is not available, then the 0-value consisting of a string of Hash.length bytes
     * set to zeros is used."
     */
    public HandshakeSecret handshakeSecretWithoutSharedSecret() {
        return handshakeSecret(kdf.zeros());
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
        return "EarlySecret[" + kdf.parameters() + ", redacted]";
    }
}
