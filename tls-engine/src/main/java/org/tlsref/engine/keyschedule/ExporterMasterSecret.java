package org.tlsref.engine.keyschedule;

import org.tlsref.crypto.Secret;

/**
 * exporter_master_secret (RFC 8446 §7.1), the Secret of {@link Exporter#export} (RFC 8446 §7.5:
 * "Implementations MUST use the exporter_secret unless explicitly specified by the application").
 */
public final class ExporterMasterSecret extends StageSecret {
    ExporterMasterSecret(Tls13Kdf kdf, Secret secret) {
        super(kdf, secret);
    }
}
