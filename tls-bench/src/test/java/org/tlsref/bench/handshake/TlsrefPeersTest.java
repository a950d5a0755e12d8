package org.tlsref.bench.handshake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.List;
import org.tlsref.bench.jsse.ClientAuth;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.TlsConfig;

/** tlsref handshakes as the benchmark runs them, and the check catches a wrong one. No timing here. */
class TlsrefPeersTest {
    @ParameterizedTest
    @EnumSource(TlsrefBackend.class)
    void handshakesAndPassesItsChecksOnEveryBackend(TlsrefBackend backend) {
        for (ClientAuth clientAuth : ClientAuth.values()) {
            TlsrefPeers peers = new TlsrefPeers(backend, clientAuth);
            assertDoesNotThrow(() -> peers.check(peers.handshake()), backend + " " + clientAuth);
        }
    }

    @Test
    void aHandshakeWithoutClientAuthenticationFailsTheCheckOfOneWithIt() {
        TlsrefPeers.Connection anonymous = new TlsrefPeers(TlsrefBackend.JCA, ClientAuth.NONE).handshake();
        TlsrefPeers required = new TlsrefPeers(TlsrefBackend.JCA, ClientAuth.REQUIRED);
        assertThrows(IllegalStateException.class, () -> required.check(anonymous));
    }

    @Test
    void anUnfinishedHandshakeFailsTheCheck() {
        TlsrefPeers peers = new TlsrefPeers(TlsrefBackend.FASTEST, ClientAuth.NONE);
        TlsrefPeers.Connection fresh = new TlsrefPeers.Connection(
                TlsClient.create(TlsConfig.builder().trustAnchors(List.of(TestPki.ROOT)).build(), TlsrefPeers.SERVER_NAME),
                TlsServer.create(TlsConfig.builder()
                        .certifiedKeys(CertifiedKey.of(TestPki.SERVER.chain(), TestPki.SERVER.key())).build()));
        assertThrows(IllegalStateException.class, () -> peers.check(fresh));
    }
}
