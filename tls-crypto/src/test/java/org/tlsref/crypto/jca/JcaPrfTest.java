package org.tlsref.crypto.jca;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.PrfContractTest;

/** The TLS 1.2 PRF contract on the JCA backend. */
class JcaPrfTest extends PrfContractTest {
    private final CryptoProvider provider = new JcaCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
