package org.tlsref.engine.handshake.tls13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SignatureAlgorithmsCert;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.testing.TestPki;

class CertificateSelectionTest {
    private static final CertifiedKey ECDSA_SIGNED = TestPki.server("p256");
    private static final CertifiedKey RSA_SIGNED = TestPki.server("p256-rsa-signed");

    @Test
    void signatureAlgorithmsCertSpeaksForCertificatesWhenPresent() {
        Extensions extensions = new Extensions(List.of(
                SignatureAlgorithms.of(SignatureScheme.ECDSA_SECP256R1_SHA256),
                SignatureAlgorithmsCert.of(SignatureScheme.RSA_PKCS1_SHA256)));
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA256),
                CertificateSelection.acceptedInCertificates(extensions));
    }

    @Test
    void withoutSignatureAlgorithmsCertSignatureAlgorithmsApplies() {
        Extensions extensions = new Extensions(List.of(
                SignatureAlgorithms.of(SignatureScheme.ECDSA_SECP256R1_SHA256)));
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256),
                CertificateSelection.acceptedInCertificates(extensions));
        assertEquals(List.of(),
                CertificateSelection.acceptedInCertificates(new Extensions(List.of())));
    }

    @Test
    void theFirstFittingChainWinsOverAnEarlierOneThatDoesNotFit() {
        assertEquals(Optional.of(RSA_SIGNED), CertificateSelection.choose(
                List.of(ECDSA_SIGNED, RSA_SIGNED), List.of(SignatureScheme.RSA_PKCS1_SHA256)));
        assertEquals(Optional.of(ECDSA_SIGNED), CertificateSelection.choose(
                List.of(RSA_SIGNED, ECDSA_SIGNED),
                List.of(SignatureScheme.ECDSA_SECP256R1_SHA256)));
    }

    @Test
    void whenNoChainFitsTheFirstIsSentAnyway() {
        assertEquals(Optional.of(RSA_SIGNED), CertificateSelection.choose(
                List.of(RSA_SIGNED, ECDSA_SIGNED), List.of(SignatureScheme.ED25519)));
        assertEquals(Optional.empty(),
                CertificateSelection.choose(List.of(), List.of(SignatureScheme.ED25519)));
    }
}
