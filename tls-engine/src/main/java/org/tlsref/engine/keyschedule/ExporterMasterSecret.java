package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.crypto.Secret;

/**
 * exporter_master_secret (RFC 8446 §7.1), the Secret of {@link Exporter#export} (RFC 8446 §7.5:
 * "Implementations MUST use the exporter_secret unless explicitly specified by the application").
 */
public final class ExporterMasterSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    ExporterMasterSecret(Tls13Kdf kdf, Secret secret) {
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
        return "ExporterMasterSecret[" + kdf.parameters() + ", redacted]";
    }
}
