package org.tlsref.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.testing.TestPki;

class SigningKeyTest {
    @Test
    void eachKeyTypeSignsWithItsTls13Schemes() {
        assertEquals(List.of(SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureScheme.RSA_PSS_RSAE_SHA512),
                TestPki.server("rsa2048").key().schemes());
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256),
                TestPki.server("p256").key().schemes());
        assertEquals(List.of(SignatureScheme.ECDSA_SECP384R1_SHA384),
                TestPki.server("p384").key().schemes());
        assertEquals(List.of(SignatureScheme.ED25519), TestPki.server("ed25519").key().schemes());
        assertEquals(SignatureScheme.RSA_PSS_PSS_SHA256,
                TestPki.server("rsapss").key().schemes().get(0));
    }
}
