package org.tlsref.crypto.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Secret;

class CryptoProvidersTest {
    private static final Backend JCA = Backend.JCA;
    private static final Backend BC = Backend.BOUNCY_CASTLE;

    @Test
    void defaultsTakeGcmChaChaAndTheHashesFromJcaAndCcmFromBouncyCastle() {
        MixedCryptoProvider defaults = CryptoProviders.defaults();
        assertEquals(JCA, defaults.backendFor(AeadAlgorithm.AES_128_GCM));
        assertEquals(JCA, defaults.backendFor(AeadAlgorithm.AES_256_GCM));
        assertEquals(JCA, defaults.backendFor(AeadAlgorithm.CHACHA20_POLY1305));
        assertEquals(BC, defaults.backendFor(AeadAlgorithm.AES_128_CCM));
        assertEquals(BC, defaults.backendFor(AeadAlgorithm.AES_128_CCM_8));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertEquals(JCA, defaults.backendFor(algorithm));
        }
    }

    @Test
    void defaultsTakeX25519AndTheTls13EcdsaSchemesFromBouncyCastleAsMeasured() {
        MixedCryptoProvider defaults = CryptoProviders.defaults();
        assertEquals(BC, defaults.backendFor(NamedGroup.X25519));
        assertEquals(BC, defaults.backendFor(SignatureScheme.ECDSA_SECP256R1_SHA256));
        assertEquals(BC, defaults.backendFor(SignatureScheme.ECDSA_SECP384R1_SHA384));
        assertEquals(BC, defaults.backendFor(SignatureScheme.ECDSA_SECP521R1_SHA512));
        assertEquals(JCA, defaults.backendFor(SignatureScheme.ECDSA_SHA1));
        assertEquals(JCA, defaults.backendFor(NamedGroup.X448));
        assertEquals(JCA, defaults.backendFor(NamedGroup.SECP256R1));
    }

    @Test
    void defaultsTakeMlKemAndMlDsaFromBouncyCastleAndTheRestFromJca() {
        MixedCryptoProvider defaults = CryptoProviders.defaults();
        assertEquals(BC, defaults.backendFor(NamedGroup.X25519_MLKEM768));
        assertEquals(BC, defaults.backendFor(NamedGroup.SECP256R1_MLKEM768));
        assertEquals(BC, defaults.backendFor(NamedGroup.MLKEM768));
        assertEquals(JCA, defaults.backendFor(NamedGroup.FFDHE2048));
        assertEquals(JCA, defaults.backendFor(NamedGroup.of(0x0A0A)));
        assertEquals(BC, defaults.backendFor(SignatureScheme.MLDSA65));
        assertEquals(JCA, defaults.backendFor(SignatureScheme.ED25519));
        assertEquals(JCA, defaults.backendFor(SignatureScheme.RSA_PSS_RSAE_SHA256));
        assertEquals(JCA, defaults.rsaKeyTransportBackend());
    }

    @Test
    void onlyJcaRefusesCcmWithAClearMessage() {
        MixedCryptoProvider jcaOnly = CryptoProviders.only(JCA);
        assertEquals(JCA, jcaOnly.backendFor(AeadAlgorithm.AES_128_CCM));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> jcaOnly.aead(AeadAlgorithm.AES_128_CCM, Secret.zeros(16)));
        assertTrue(e.getMessage().contains("CCM"), e.getMessage());
    }

    @Test
    void onlyBouncyCastleServesEverythingFromBouncyCastle() {
        MixedCryptoProvider bcOnly = CryptoProviders.only(BC);
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            assertEquals(BC, bcOnly.backendFor(algorithm));
        }
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertEquals(BC, bcOnly.backendFor(algorithm));
        }
        assertEquals(BC, bcOnly.backendFor(NamedGroup.X25519));
        assertEquals(BC, bcOnly.backendFor(SignatureScheme.ED25519));
        assertEquals(BC, bcOnly.rsaKeyTransportBackend());
    }

    @Test
    void theBuilderOverridesOneAlgorithmAndLeavesTheOthersAtTheirDefault() {
        MixedCryptoProvider mix = CryptoProviders.builder()
                .aead(AeadAlgorithm.CHACHA20_POLY1305, BC)
                .hash(HashAlgorithm.SHA384, BC)
                .keyExchange(NamedGroup.X25519, JCA)
                .signatures(SignatureScheme.ED25519, BC)
                .rsaKeyTransport(BC)
                .build();
        assertEquals(BC, mix.backendFor(AeadAlgorithm.CHACHA20_POLY1305));
        assertEquals(JCA, mix.backendFor(AeadAlgorithm.AES_128_GCM));
        assertEquals(BC, mix.backendFor(AeadAlgorithm.AES_128_CCM));
        assertEquals(BC, mix.backendFor(HashAlgorithm.SHA384));
        assertEquals(JCA, mix.backendFor(HashAlgorithm.SHA256));
        assertEquals(JCA, mix.backendFor(NamedGroup.X25519));
        assertEquals(JCA, mix.backendFor(NamedGroup.SECP256R1));
        assertEquals(BC, mix.backendFor(SignatureScheme.ED25519));
        assertEquals(BC, mix.backendFor(SignatureScheme.ECDSA_SECP256R1_SHA256));
        assertEquals(BC, mix.rsaKeyTransportBackend());
    }

    @Test
    void aBuilderCanBeBuiltAgainAfterAChangeWithoutAlteringWhatItBuilt() {
        CryptoProviders.Builder builder = CryptoProviders.builder();
        MixedCryptoProvider before = builder.build();
        MixedCryptoProvider after = builder.aead(AeadAlgorithm.AES_128_GCM, BC).build();
        assertEquals(JCA, before.backendFor(AeadAlgorithm.AES_128_GCM));
        assertEquals(BC, after.backendFor(AeadAlgorithm.AES_128_GCM));
    }

    @Test
    void theBuilderRefusesAMissingBackend() {
        assertThrows(NullPointerException.class,
                () -> CryptoProviders.builder().aead(AeadAlgorithm.AES_128_GCM, null));
    }
}
