package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

class MasterSecretTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/hrr.json");

    @Test
    void derivesTheApplicationExporterAndResumptionSecretsOfRfc8448Section5FromItsMasterSecret() {
        MasterSecret master = new MasterSecret(Tls13Kdf.of(PROVIDER, TRACE.parameters()),
                TRACE.secretValue("master secret"));
        Bytes serverFinished = TRACE.transcriptHash(PROVIDER, 7);
        Bytes clientFinished = TRACE.transcriptHash(PROVIDER, 8);
        assertEquals(TRACE.secret("client application traffic secret"),
                bytes(master.clientApplicationTrafficSecret(serverFinished).secret()));
        assertEquals(TRACE.secret("server application traffic secret"),
                bytes(master.serverApplicationTrafficSecret(serverFinished).secret()));
        assertEquals(TRACE.secret("exporter master secret"),
                bytes(master.exporterMasterSecret(serverFinished).secret()));
        assertEquals(TRACE.secret("resumption master secret"),
                bytes(master.resumptionMasterSecret(clientFinished).secret()));
    }

    @Test
    void refusesAHashOfAnotherLength() {
        MasterSecret master = new MasterSecret(Tls13Kdf.of(PROVIDER, TRACE.parameters()), Secret.of(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> master.resumptionMasterSecret(Bytes.zeros(48)));
    }

    @Test
    void destroyErasesIt() {
        MasterSecret master = new MasterSecret(Tls13Kdf.of(PROVIDER, TRACE.parameters()), Secret.of(new byte[32]));
        master.destroy();
        assertTrue(master.isDestroyed());
    }

    private static Bytes bytes(Secret secret) {
        return Bytes.of(secret.bytes());
    }
}
