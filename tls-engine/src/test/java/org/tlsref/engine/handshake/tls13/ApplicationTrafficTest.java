package org.tlsref.engine.handshake.tls13;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.TrafficSecret;

class ApplicationTrafficTest {
    private static TrafficSecret secret(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return TrafficSecret.of(CryptoProviders.defaults(),
                CipherSuiteParameters.of(CipherSuite.TLS_AES_128_GCM_SHA256), Secret.of(bytes));
    }

    @Test
    void eachUpdateMovesOneDirectionToTheNextGeneration() {
        ApplicationTraffic traffic = ApplicationTraffic.initial(secret(1), "peer", secret(2), "own");
        ApplicationTraffic.Update sent = traffic.send(KeyUpdateRequest.UPDATE_NOT_REQUESTED);
        assertEquals(1, sent.next().writeGeneration());
        assertEquals(0, sent.next().readGeneration());
        assertArrayEquals(secret(2).next().secret().bytes(), sent.next().write().secret().bytes());
        Effect.InstallWriteKeys install = (Effect.InstallWriteKeys) sent.effects().get(1);
        assertEquals("own (update 1)", install.name());

        ApplicationTraffic.Update received = sent.next().received(
                new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED));
        assertEquals(1, received.next().readGeneration());
        assertEquals(1, received.effects().size());
    }
}
