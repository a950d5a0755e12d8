package org.tlsref.crypto.jca;

import org.tlsref.crypto.KeyExchangeContract;
import org.tlsref.crypto.testing.Backend;

/** {@link KeyExchangeContract} on the JDK's providers. */
class JcaKeyExchangeTest extends KeyExchangeContract {
    @Override
    protected Backend backend() {
        return Backend.JCA;
    }
}
