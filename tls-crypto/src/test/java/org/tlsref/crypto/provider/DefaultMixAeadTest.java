package org.tlsref.crypto.provider;

import java.util.EnumSet;
import java.util.Set;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.AeadContractTest;
import org.tlsref.crypto.CryptoProvider;

/** The AEAD contract on the default mix: every algorithm, each from its default backend. */
class DefaultMixAeadTest extends AeadContractTest {
    private final CryptoProvider mix = CryptoProviders.defaults();

    @Override
    protected CryptoProvider sealer() {
        return mix;
    }

    @Override
    protected CryptoProvider opener() {
        return mix;
    }

    @Override
    protected Set<AeadAlgorithm> algorithms() {
        return EnumSet.allOf(AeadAlgorithm.class);
    }
}
