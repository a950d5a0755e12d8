package org.tlsref.crypto.jca;

import java.util.EnumSet;
import java.util.Set;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.AeadContractTest;
import org.tlsref.crypto.CryptoProvider;

/** The AEAD contract on the JCA backend alone (it has no AES-CCM; see JcaCryptoProviderTest). */
class JcaAeadTest extends AeadContractTest {
    private final CryptoProvider jca = new JcaCryptoProvider();

    @Override
    protected CryptoProvider sealer() {
        return jca;
    }

    @Override
    protected CryptoProvider opener() {
        return jca;
    }

    @Override
    protected Set<AeadAlgorithm> algorithms() {
        return EnumSet.of(AeadAlgorithm.AES_128_GCM, AeadAlgorithm.AES_256_GCM,
                AeadAlgorithm.CHACHA20_POLY1305);
    }
}
