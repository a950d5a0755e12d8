package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.crypto.Secret;

/**
 * resumption_master_secret (RFC 8446 §7.1), from which each ticket's PSK is derived
 * ({@link ResumptionPsk#psk}, RFC 8446 §4.6.1).
 */
public final class ResumptionMasterSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    ResumptionMasterSecret(Tls13Kdf kdf, Secret secret) {
        this.kdf = kdf;
        this.secret = secret;
    }

    /** The secret itself, for the key log and tests. */
    public Secret secret() {
        return secret;
    }

    /** The suite this secret belongs to. */
    public CipherSuiteParameters parameters() {
        return kdf.parameters();
    }

    /** The derivation functions. */
    Tls13Kdf kdf() {
        return kdf;
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
        return "ResumptionMasterSecret[" + kdf.parameters() + ", redacted]";
    }
}
