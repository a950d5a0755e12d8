package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.crypto.Secret;

/**
 * early_exporter_master_secret (RFC 8446 §7.1), the Secret of {@link Exporter#exportEarly}; a
 * type of its own as RFC 8446 §7.5 recommends: "A separate interface for the early exporter is
 * RECOMMENDED; this avoids the exporter user accidentally using an early exporter when a regular
 * one is desired or vice versa."
 */
public final class EarlyExporterMasterSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    EarlyExporterMasterSecret(Tls13Kdf kdf, Secret secret) {
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
        return "EarlyExporterMasterSecret[" + kdf.parameters() + ", redacted]";
    }
}
