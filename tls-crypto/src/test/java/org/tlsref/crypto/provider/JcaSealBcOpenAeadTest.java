package org.tlsref.crypto.provider;

import java.util.EnumSet;
import java.util.Set;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.AeadContractTest;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.bc.BcCryptoProvider;
import org.tlsref.crypto.jca.JcaCryptoProvider;

/** The AEAD contract across backends: JCA seals, Bouncy Castle opens (the algorithms both serve). */
class JcaSealBcOpenAeadTest extends AeadContractTest {
    private final CryptoProvider jca = new JcaCryptoProvider();
    private final CryptoProvider bc = new BcCryptoProvider();

    @Override
    protected CryptoProvider sealer() {
        return jca;
    }

    @Override
    protected CryptoProvider opener() {
        return bc;
    }

    @Override
    protected Set<AeadAlgorithm> algorithms() {
        return EnumSet.of(AeadAlgorithm.AES_128_GCM, AeadAlgorithm.AES_256_GCM,
                AeadAlgorithm.CHACHA20_POLY1305);
    }
}
