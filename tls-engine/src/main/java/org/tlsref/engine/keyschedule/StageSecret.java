package org.tlsref.engine.keyschedule;

import javax.security.auth.Destroyable;
import org.tlsref.crypto.Secret;

/**
 * What every terminal secret of the RFC 8446 §7.1 schedule holds: its bytes and the suite's
 * derivation functions. Each stage is still its own type (STYLE.md: a type offers only the
 * derivations legal at its stage); this class only keeps their shared handling in one place.
 */
public abstract class StageSecret implements Destroyable {
    private final Tls13Kdf kdf;
    private final Secret secret;

    StageSecret(Tls13Kdf kdf, Secret secret) {
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
        return getClass().getSimpleName() + "[" + kdf.parameters() + ", redacted]";
    }
}
