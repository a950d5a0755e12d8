package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.TestPki;

class TlsConnectionTest {
    @Test
    void clientAndServerCompleteAHandshakeAndExchangeData() {
        TlsConfig server = TlsConfig.builder().certifiedKeys(TestPki.server("p256"))
                .clock(TestPki.CLOCK).random(RandomSources.seeded(new byte[] {1})).build();
        TlsConfig client = TlsConfig.builder().trustAnchors(TestPki.anchors())
                .clock(TestPki.CLOCK).random(RandomSources.seeded(new byte[] {2})).build();
        TlsConnection c = TlsClient.create(client, TestPki.SERVER_NAME);
        TlsConnection s = TlsServer.create(server);
        Pump.run(c, s);
        assertTrue(c.handshakeComplete());
        assertTrue(s.handshakeComplete());
        assertEquals(ProtocolVersion.TLS_1_3, c.session().orElseThrow().version());

        c.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
        Pump.run(c, s);
        ByteBuffer in = ByteBuffer.allocate(100);
        assertEquals(5, s.read(in));
    }
}
