package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * binder_key (RFC 8446 §7.1) and the PSK binder computed from it (RFC 8446 §4.2.11.2): "The
 * PskBinderEntry is computed in the same way as the Finished message (Section 4.4.4) but with the
 * BaseKey being the binder_key derived via the key schedule from the corresponding PSK which is
 * being offered".
 */
public final class BinderKey implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    BinderKey(Tls13Kdf kdf, Secret secret) {
        this.kdf = kdf;
        this.secret = secret;
    }

    /** finished_key = HKDF-Expand-Label(binder_key, "finished", "", Hash.length) (RFC 8446 §4.4.4). */
    public Secret finishedKey() {
        return kdf.expandLabel(secret, KeyScheduleLabels.FINISHED, Bytes.EMPTY, kdf.hashLength());
    }

    /**
     * The binder: HMAC(finished_key, Transcript-Hash(Truncate(ClientHello1))).
     *
     * @param truncatedHelloHash the hash of the ClientHello up to and excluding its binders list
     *     (RFC 8446 §4.2.11.2), prefixed after a HelloRetryRequest by the earlier messages
     */
    public Bytes binder(Bytes truncatedHelloHash) {
        Secret finishedKey = finishedKey();
        Bytes binder = kdf.hmac(finishedKey, truncatedHelloHash);
        finishedKey.destroy();
        return binder;
    }

    /**
     * Checks the binder the client sent, in constant time.
     *
     * @throws org.tlsref.api.TlsAlert decrypt_error ({@link KeyScheduleFailure#BAD_BINDER}) when
     *     it does not match, decode_error when it is not Hash.length bytes
     */
    public void verifyBinder(Bytes truncatedHelloHash, Bytes received) {
        MacCheck.require(binder(truncatedHelloHash), received, KeyScheduleFailure.BAD_BINDER, "PSK binder");
    }

    /** The secret itself, for tests and traces. */
    public Secret secret() {
        return secret;
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
        return "BinderKey[" + kdf.parameters() + ", redacted]";
    }
}
