package org.tlsref.crypto.jca;

import org.tlsref.crypto.SignatureContract;
import org.tlsref.crypto.testing.Backend;

/** {@link SignatureContract} on the JDK's providers. */
class JcaSignatureTest extends SignatureContract {
    @Override
    protected Backend backend() {
        return Backend.JCA;
    }
}
