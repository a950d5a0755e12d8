package org.tlsref.engine.keyschedule;

import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.record.PaddingPolicy;
import org.tlsref.engine.record.RecordOpener;
import org.tlsref.engine.record.RecordSealer;
import org.tlsref.engine.record.UsageLimit;

/**
 * A traffic secret (client_early_traffic_secret, [sender]_handshake_traffic_secret,
 * [sender]_application_traffic_secret_N) with what is derived from it: its keys (RFC 8446 §7.3),
 * its Finished key (RFC 8446 §4.4.4), its successor (RFC 8446 §7.2), and the record protection
 * objects built on its keys.
 */
public final class TrafficSecret extends StageSecret {
    TrafficSecret(Tls13Kdf kdf, Secret secret) {
        super(kdf, secret);
    }

    /**
     * Wraps a traffic secret obtained elsewhere (a key log, a test vector).
     *
     * @throws IllegalArgumentException when {@code secret} is not Hash.length bytes
     */
    public static TrafficSecret of(CryptoProvider provider, CipherSuiteParameters parameters, Secret secret) {
        if (secret.length() != parameters.hashLength()) {
            throw new IllegalArgumentException(parameters + " traffic secrets have "
                    + parameters.hashLength() + " bytes, got " + secret.length());
        }
        return new TrafficSecret(Tls13Kdf.of(provider, parameters), secret);
    }

    /**
     * The write key and IV (RFC 8446 §7.3), of the lengths the suite's AEAD takes (iv_length is
     * the nonce length, RFC 8446 §5.3).
     */
    public TrafficKeys keys() {
        return new TrafficKeys(
                kdf().expandLabel(secret(), KeyScheduleLabels.KEY, Bytes.EMPTY, kdf().parameters().aead().keyLength()),
                kdf().expandLabel(secret(), KeyScheduleLabels.IV, Bytes.EMPTY, kdf().parameters().aead().nonceLength()));
    }

    /** RFC 8446 §4.4.4: finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length). */
    public Secret finishedKey() {
        return kdf().expandLabel(secret(), KeyScheduleLabels.FINISHED, Bytes.EMPTY, kdf().hashLength());
    }

    /**
     * The next generation after a KeyUpdate (RFC 8446 §7.2): application_traffic_secret_N+1 =
     * HKDF-Expand-Label(application_traffic_secret_N, "traffic upd", "", Hash.length).
     */
    public TrafficSecret next() {
        return new TrafficSecret(kdf(),
                kdf().expandLabel(secret(), KeyScheduleLabels.TRAFFIC_UPDATE, Bytes.EMPTY, kdf().hashLength()));
    }

    /** A sealer for records sent under this secret, unpadded, with the AEAD's default limit. */
    public RecordSealer sealer() {
        return sealer(PaddingPolicy.none(), UsageLimit.forAlgorithm(kdf().parameters().aead()));
    }

    /** A sealer for records sent under this secret. */
    public RecordSealer sealer(PaddingPolicy padding, UsageLimit limit) {
        TrafficKeys keys = keys();
        return RecordSealer.create(aead(keys), keys.iv(), padding, limit);
    }

    /** An opener for records received under this secret. */
    public RecordOpener opener() {
        TrafficKeys keys = keys();
        return RecordOpener.create(aead(keys), keys.iv());
    }

    private Aead aead(TrafficKeys keys) {
        return kdf().provider().aead(kdf().parameters().aead(), keys.key());
    }
}
