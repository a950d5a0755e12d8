package org.tlsref.crypto.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Secret;

class MixedCryptoProviderTest {
    private static String backendPackage(Object served) {
        String name = served.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Test
    void servesEachAeadFromTheBackendItsTableNames() {
        MixedCryptoProvider mix = CryptoProviders.builder()
                .aead(AeadAlgorithm.AES_256_GCM, Backend.BOUNCY_CASTLE).build();
        assertEquals("jca", backendPackage(mix.aead(AeadAlgorithm.AES_128_GCM, Secret.zeros(16))));
        assertEquals("bc", backendPackage(mix.aead(AeadAlgorithm.AES_256_GCM, Secret.zeros(32))));
        assertEquals("bc", backendPackage(mix.aead(AeadAlgorithm.AES_128_CCM, Secret.zeros(16))));
    }

    @Test
    void servesHashHmacHkdfAndPrfTogetherFromTheHashsBackend() {
        MixedCryptoProvider mix = CryptoProviders.builder()
                .hash(HashAlgorithm.SHA384, Backend.BOUNCY_CASTLE).build();
        assertEquals("bc", backendPackage(mix.hash(HashAlgorithm.SHA384)));
        assertEquals("bc", backendPackage(mix.hmac(HashAlgorithm.SHA384)));
        assertEquals("bc", backendPackage(mix.hkdf(HashAlgorithm.SHA384)));
        assertEquals("bc", backendPackage(mix.prf(HashAlgorithm.SHA384)));
        assertEquals("jca", backendPackage(mix.hash(HashAlgorithm.SHA256)));
        assertEquals("jca", backendPackage(mix.hmac(HashAlgorithm.SHA256)));
        assertEquals("jca", backendPackage(mix.hkdf(HashAlgorithm.SHA256)));
        assertEquals("jca", backendPackage(mix.prf(HashAlgorithm.SHA256)));
    }

    @Test
    void passesTheBackendsRefusalOfAnUnknownGroupOrSchemeThrough() throws Exception {
        MixedCryptoProvider mix = CryptoProviders.defaults();
        PrivateKey key = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate();
        for (Backend backend : Backend.values()) {
            MixedCryptoProvider only = CryptoProviders.only(backend);
            assertThrows(IllegalArgumentException.class, () -> only.keyExchange(NamedGroup.of(0x0A0A)));
            assertThrows(IllegalArgumentException.class, () -> only.verifier(SignatureScheme.of(0x0A0A)));
            assertThrows(IllegalArgumentException.class, () -> only.signer(SignatureScheme.of(0x0A0A), key));
        }
        assertThrows(IllegalArgumentException.class, () -> mix.keyExchange(NamedGroup.of(0x0A0A)));
    }

    @Test
    void printsItsTable() {
        String text = CryptoProviders.defaults().toString();
        assertTrue(text.contains("AES_128_GCM=JCA"), text);
        assertTrue(text.contains("AES_128_CCM=BOUNCY_CASTLE"), text);
        assertTrue(text.contains("rsaKeyTransport=JCA"), text);
    }
}
