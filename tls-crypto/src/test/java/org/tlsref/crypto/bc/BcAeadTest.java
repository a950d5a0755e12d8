package org.tlsref.crypto.bc;

import java.util.EnumSet;
import java.util.Set;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.AeadContractTest;
import org.tlsref.crypto.CryptoProvider;

/** The AEAD contract on the Bouncy Castle backend alone, every algorithm. */
class BcAeadTest extends AeadContractTest {
    private final CryptoProvider bc = new BcCryptoProvider();

    @Override
    protected CryptoProvider sealer() {
        return bc;
    }

    @Override
    protected CryptoProvider opener() {
        return bc;
    }

    @Override
    protected Set<AeadAlgorithm> algorithms() {
        return EnumSet.allOf(AeadAlgorithm.class);
    }
}
