package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

class HandshakeSecretTest {
    private static final CryptoProvider PROVIDER = Backend.BOUNCY_CASTLE.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/client-auth.json");

    @Test
    void derivesTheHandshakeTrafficSecretsAndMasterSecretOfRfc8448Section6FromItsHandshakeSecret() {
        HandshakeSecret handshake = new HandshakeSecret(Tls13Kdf.of(PROVIDER, TRACE.parameters()),
                TRACE.secretValue("handshake secret"));
        Bytes helloHash = TRACE.transcriptHash(PROVIDER, 1);
        assertEquals(TRACE.secret("client handshake traffic secret"),
                Bytes.of(handshake.clientHandshakeTrafficSecret(helloHash).secret().bytes()));
        assertEquals(TRACE.secret("server handshake traffic secret"),
                Bytes.of(handshake.serverHandshakeTrafficSecret(helloHash).secret().bytes()));
        assertEquals(TRACE.secret("master secret"), Bytes.of(handshake.masterSecret().secret().bytes()));
    }

    @Test
    void refusesAHashOfAnotherLength() {
        HandshakeSecret handshake = new HandshakeSecret(Tls13Kdf.of(PROVIDER, TRACE.parameters()),
                Secret.of(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> handshake.clientHandshakeTrafficSecret(Bytes.zeros(20)));
        assertThrows(IllegalArgumentException.class, () -> handshake.serverHandshakeTrafficSecret(Bytes.EMPTY));
    }

    @Test
    void destroyErasesIt() {
        HandshakeSecret handshake = EarlySecret.withoutPsk(PROVIDER, TRACE.parameters())
                .handshakeSecret(Secret.of(new byte[32]));
        handshake.destroy();
        assertTrue(handshake.isDestroyed());
        assertEquals(TRACE.parameters(), handshake.parameters());
    }
}
