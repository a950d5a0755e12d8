package org.tlsref.crypto.bc;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HkdfContractTest;

/** The Hkdf contract on the Bouncy Castle backend. */
class BcHkdfTest extends HkdfContractTest {
    private final CryptoProvider provider = new BcCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
