package org.tlsref.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Secret;

class BcCryptoProviderTest {
    private final CryptoProvider bc = new BcCryptoProvider();

    @Test
    void servesEveryAeadAlgorithm() {
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            assertSame(algorithm, bc.aead(algorithm, Secret.zeros(algorithm.keyLength())).algorithm());
        }
    }

    @Test
    void servesTheHashFamilyForEveryHashAlgorithm() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertSame(algorithm, bc.hash(algorithm).algorithm());
            assertSame(algorithm, bc.hmac(algorithm).algorithm());
            assertSame(algorithm, bc.hkdf(algorithm).algorithm());
            assertSame(algorithm, bc.prf(algorithm).algorithm());
        }
    }

    @Test
    void refusesKeyExchangeAndSignaturesForUnknownCodePoints() {
        assertThrows(IllegalArgumentException.class, () -> bc.keyExchange(NamedGroup.of(0x0A0A)));
        assertThrows(IllegalArgumentException.class, () -> bc.verifier(SignatureScheme.of(0x0A0A)));
    }

    @Test
    void namesItself() {
        assertEquals("BcCryptoProvider", bc.toString());
    }
}
