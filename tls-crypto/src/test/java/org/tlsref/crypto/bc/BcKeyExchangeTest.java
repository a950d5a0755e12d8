package org.tlsref.crypto.bc;

import org.tlsref.crypto.KeyExchangeContract;
import org.tlsref.crypto.testing.Backend;

/** {@link KeyExchangeContract} on Bouncy Castle's lightweight API. */
class BcKeyExchangeTest extends KeyExchangeContract {
    @Override
    protected Backend backend() {
        return Backend.BC;
    }
}
