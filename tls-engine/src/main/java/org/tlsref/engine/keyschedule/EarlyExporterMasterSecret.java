package org.tlsref.engine.keyschedule;

import org.tlsref.crypto.Secret;

/**
 * early_exporter_master_secret (RFC 8446 §7.1), the Secret of {@link Exporter#exportEarly}; a
 * type of its own as RFC 8446 §7.5 recommends: "A separate interface for the early exporter is
 * RECOMMENDED; this avoids the exporter user accidentally using an early exporter when a regular
 * one is desired or vice versa."
 */
public final class EarlyExporterMasterSecret extends StageSecret {
    EarlyExporterMasterSecret(Tls13Kdf kdf, Secret secret) {
        super(kdf, secret);
    }
}
