package org.tlsref.crypto.bc;

import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.TranscriptHashContractTest;

/** The TranscriptHash contract on the Bouncy Castle backend. */
class BcTranscriptHashTest extends TranscriptHashContractTest {
    private final CryptoProvider provider = new BcCryptoProvider();

    @Override
    protected CryptoProvider provider() {
        return provider;
    }
}
