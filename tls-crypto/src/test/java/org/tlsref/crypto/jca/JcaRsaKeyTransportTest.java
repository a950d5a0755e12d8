package org.tlsref.crypto.jca;

import org.tlsref.crypto.RsaKeyTransportContract;
import org.tlsref.crypto.testing.Backend;

/** {@link RsaKeyTransportContract} on the JDK's raw RSA. */
class JcaRsaKeyTransportTest extends RsaKeyTransportContract {
    @Override
    protected Backend backend() {
        return Backend.JCA;
    }
}
