package org.tlsref.engine.keyschedule;

import org.tlsref.crypto.Secret;

/**
 * resumption_master_secret (RFC 8446 §7.1), from which each ticket's PSK is derived
 * ({@link ResumptionPsk#psk}, RFC 8446 §4.6.1).
 */
public final class ResumptionMasterSecret extends StageSecret {
    ResumptionMasterSecret(Tls13Kdf kdf, Secret secret) {
        super(kdf, secret);
    }
}
