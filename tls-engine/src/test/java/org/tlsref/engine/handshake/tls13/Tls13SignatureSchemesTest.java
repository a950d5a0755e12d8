package org.tlsref.engine.handshake.tls13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.TlsConfig;

class Tls13SignatureSchemesTest {
    @Test
    void pkcs1AndSha1NeverSignACertificateVerify() {
        assertFalse(Tls13SignatureSchemes.allowedInCertificateVerify(
                SignatureScheme.RSA_PKCS1_SHA256));
        assertFalse(Tls13SignatureSchemes.allowedInCertificateVerify(SignatureScheme.ECDSA_SHA1));
        assertTrue(Tls13SignatureSchemes.allowedInCertificateVerify(
                SignatureScheme.RSA_PSS_RSAE_SHA256));
    }

    @Test
    void theChoiceFollowsTheGivenOrderAmongWhatAllThreeAllow() {
        var ours = TlsConfig.builder().build().negotiation();
        List<SignatureScheme> key = List.of(SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_RSAE_SHA384);
        List<SignatureScheme> peer = List.of(SignatureScheme.RSA_PSS_RSAE_SHA384,
                SignatureScheme.RSA_PSS_RSAE_SHA256);
        assertEquals(Optional.of(SignatureScheme.RSA_PSS_RSAE_SHA256),
                Tls13SignatureSchemes.choose(key, peer, ours.signatureSchemes(), ours));
        assertEquals(Optional.of(SignatureScheme.RSA_PSS_RSAE_SHA384),
                Tls13SignatureSchemes.choose(key, peer, peer, ours));
        assertEquals(Optional.empty(), Tls13SignatureSchemes.choose(key,
                List.of(SignatureScheme.ED25519), ours.signatureSchemes(), ours));
    }
}
