package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

class EarlySecretTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final CipherSuiteParameters SHA256_SUITE = CipherSuiteParameters.TLS_AES_128_GCM_SHA256;

    @Test
    void withoutPskIsTheExtractOfZerosAsRfc8448Shows() {
        Rfc8448Trace trace = Rfc8448Trace.load("rfc8448/simple-1rtt.json");
        assertEquals(trace.secret("early secret"),
                Bytes.of(EarlySecret.withoutPsk(PROVIDER, SHA256_SUITE).secret().bytes()));
        assertEquals(bytes(EarlySecret.withoutPsk(PROVIDER, SHA256_SUITE).secret()),
                bytes(EarlySecret.of(PROVIDER, SHA256_SUITE, Secret.zeros(32)).secret()));
    }

    @Test
    void thePskOfRfc8448Section4GivesItsEarlySecret() {
        Rfc8448Trace trace = Rfc8448Trace.load("rfc8448/resumed-0rtt.json");
        assertEquals(trace.secret("early secret"),
                bytes(EarlySecret.of(PROVIDER, SHA256_SUITE, trace.inputSecret("psk")).secret()));
    }

    @Test
    void theBinderKeysAreDeriveSecretOverNothingWithTheirOwnLabels() {
        EarlySecret early = EarlySecret.of(PROVIDER, SHA256_SUITE, Secret.of(new byte[32]));
        Hkdf hkdf = PROVIDER.hkdf(SHA256_SUITE.hash());
        Bytes emptyHash = Bytes.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertEquals(HandBuilt.expandLabel(hkdf, bytes(early.secret()), "res binder", emptyHash, 32),
                bytes(early.resumptionBinderKey().secret()));
        assertEquals(HandBuilt.expandLabel(hkdf, bytes(early.secret()), "ext binder", emptyHash, 32),
                bytes(early.externalBinderKey().secret()));
        assertNotEquals(bytes(early.resumptionBinderKey().secret()), bytes(early.externalBinderKey().secret()));
    }

    @Test
    void aPskOnlyHandshakeUsesTheZeroSharedSecret() {
        EarlySecret early = EarlySecret.of(PROVIDER, SHA256_SUITE, Secret.of(new byte[] {1, 2, 3}));
        assertEquals(bytes(early.handshakeSecret(Secret.zeros(32)).secret()),
                bytes(early.handshakeSecretWithoutSharedSecret().secret()));
    }

    @Test
    void aSha384SuiteDerivesSecretsOf48Bytes() {
        EarlySecret early = EarlySecret.withoutPsk(PROVIDER, CipherSuiteParameters.TLS_AES_256_GCM_SHA384);
        assertEquals(48, early.secret().length());
        assertEquals(48, early.clientEarlyTrafficSecret(Bytes.zeros(48)).secret().length());
        assertEquals(CipherSuiteParameters.TLS_AES_256_GCM_SHA384, early.parameters());
    }

    @Test
    void refusesAHelloHashOfAnotherLengthThanTheSuitesHash() {
        EarlySecret early = EarlySecret.withoutPsk(PROVIDER, SHA256_SUITE);
        assertThrows(IllegalArgumentException.class, () -> early.clientEarlyTrafficSecret(Bytes.zeros(48)));
        assertThrows(IllegalArgumentException.class, () -> early.earlyExporterMasterSecret(Bytes.zeros(31)));
    }

    @Test
    void destroyErasesTheSecretAndToStringNeverShowsIt() {
        EarlySecret early = EarlySecret.withoutPsk(PROVIDER, SHA256_SUITE);
        String hex = bytes(early.secret()).toHex();
        assertFalse(early.toString().contains(hex));
        assertFalse(early.isDestroyed());
        early.destroy();
        assertTrue(early.isDestroyed());
        assertThrows(IllegalStateException.class, () -> early.secret().bytes());
    }

    private static Bytes bytes(Secret secret) {
        return Bytes.of(secret.bytes());
    }
}
