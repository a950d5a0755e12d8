package org.tlsref.crypto.jca;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.TranscriptHashContractTest;

/** The TranscriptHash contract on the JCA backend. */
class JcaTranscriptHashTest extends TranscriptHashContractTest {
    private final CryptoProvider provider = new JcaCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
