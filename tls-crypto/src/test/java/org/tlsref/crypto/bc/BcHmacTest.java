package org.tlsref.crypto.bc;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HmacContractTest;

/** The Hmac contract on the Bouncy Castle backend. */
class BcHmacTest extends HmacContractTest {
    private final CryptoProvider provider = new BcCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
