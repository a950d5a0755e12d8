package org.tlsref.crypto.bc;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.PrfContractTest;

/** The TLS 1.2 PRF contract on the Bouncy Castle backend. */
class BcPrfTest extends PrfContractTest {
    private final CryptoProvider provider = new BcCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
