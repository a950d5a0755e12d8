package org.tlsref.crypto.bc;

import org.tlsref.crypto.RsaKeyTransportContract;
import org.tlsref.crypto.testing.Backend;

/** {@link RsaKeyTransportContract} on Bouncy Castle's raw, blinded RSA engine. */
class BcRsaKeyTransportTest extends RsaKeyTransportContract {
    @Override
    protected Backend backend() {
        return Backend.BC;
    }
}
