package org.tlsref.crypto.jca;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HkdfContractTest;

/** The Hkdf contract on the JCA backend. */
class JcaHkdfTest extends HkdfContractTest {
    private final CryptoProvider provider = new JcaCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
