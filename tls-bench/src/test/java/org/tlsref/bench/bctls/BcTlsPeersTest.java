package org.tlsref.bench.bctls;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.bench.jsse.ClientAuth;

/** bctls on BcTlsCrypto handshakes as the benchmark uses it. No timing here. */
class BcTlsPeersTest {
    @ParameterizedTest
    @EnumSource(ClientAuth.class)
    void handshakesAndPassesItsChecks(ClientAuth clientAuth) {
        BcTlsPeers peers = new BcTlsPeers(clientAuth);
        assertDoesNotThrow(() -> peers.check(peers.handshake()));
    }
}
