package org.tlsref.crypto.provider;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.bc.BcCryptoProvider;
import org.tlsref.crypto.jca.JcaCryptoProvider;

/** The two implementations of {@link CryptoProvider} that a mix chooses between per algorithm. */
public enum Backend {
    /** The JDK's own providers ({@link JcaCryptoProvider}). */
    JCA,
    /** Bouncy Castle's lightweight API ({@link BcCryptoProvider}). */
    BOUNCY_CASTLE;

    /** A new provider for this backend alone. */
    public CryptoProvider provider() {
        return this == JCA ? new JcaCryptoProvider() : new BcCryptoProvider();
    }
}
