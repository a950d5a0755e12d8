package org.tlsref.crypto.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Secret;

class JcaCryptoProviderTest {
    private final CryptoProvider jca = new JcaCryptoProvider();

    @Test
    void refusesAesCcmAndPointsToBouncyCastle() {
        for (AeadAlgorithm ccm : new AeadAlgorithm[] {AeadAlgorithm.AES_128_CCM, AeadAlgorithm.AES_128_CCM_8}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> jca.aead(ccm, Secret.zeros(16)));
            assertTrue(e.getMessage().contains("CCM") && e.getMessage().contains("BOUNCY_CASTLE"),
                    e.getMessage());
        }
    }

    @Test
    void servesTheHashFamilyForEveryHashAlgorithm() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertSame(algorithm, jca.hash(algorithm).algorithm());
            assertSame(algorithm, jca.hmac(algorithm).algorithm());
            assertSame(algorithm, jca.hkdf(algorithm).algorithm());
            assertSame(algorithm, jca.prf(algorithm).algorithm());
        }
    }

    @Test
    void refusesKeyExchangeAndSignaturesForUnknownCodePoints() {
        assertThrows(IllegalArgumentException.class, () -> jca.keyExchange(NamedGroup.of(0x0A0A)));
        assertThrows(IllegalArgumentException.class, () -> jca.verifier(SignatureScheme.of(0x0A0A)));
    }

    @Test
    void namesItself() {
        assertEquals("JcaCryptoProvider", jca.toString());
    }
}
