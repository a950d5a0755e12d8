package org.tlsref.crypto.jca;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HmacContractTest;

/** The Hmac contract on the JCA backend. */
class JcaHmacTest extends HmacContractTest {
    private final CryptoProvider provider = new JcaCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
