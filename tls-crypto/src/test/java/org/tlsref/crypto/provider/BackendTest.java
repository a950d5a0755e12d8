package org.tlsref.crypto.provider;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.tlsref.crypto.bc.BcCryptoProvider;
import org.tlsref.crypto.jca.JcaCryptoProvider;

class BackendTest {
    @Test
    void eachBackendMakesItsOwnProvider() {
        assertInstanceOf(JcaCryptoProvider.class, Backend.JCA.provider());
        assertInstanceOf(BcCryptoProvider.class, Backend.BOUNCY_CASTLE.provider());
    }
}
