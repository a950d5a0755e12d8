package org.tlsref.engine.io;

import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.testing.TestPki;

/**
 * The configurations the adapter tests run with: an Ed25519 server of the test PKI and a client
 * trusting its root, both on the test PKI's fixed clock and seeded randomness.
 */
final class AdapterConfigs {
    private AdapterConfigs() {
    }

    /** The server, reporting to {@code listener}. */
    static TlsConfig server(HandshakeListener listener) {
        return TlsConfig.builder().certifiedKeys(TestPki.server("ed25519")).clock(TestPki.CLOCK)
                .random(RandomSources.seeded(new byte[] {1})).listener(listener).build();
    }

    /** The client, reporting to {@code listener}. */
    static TlsConfig client(HandshakeListener listener) {
        return TlsConfig.builder().trustAnchors(TestPki.anchors()).clock(TestPki.CLOCK)
                .random(RandomSources.seeded(new byte[] {2})).listener(listener).build();
    }
}
