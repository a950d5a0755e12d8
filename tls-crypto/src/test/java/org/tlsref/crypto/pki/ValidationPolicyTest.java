package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationPolicyTest {

    @Test
    void defaultsAreSecure() {
        ValidationPolicy policy = ValidationPolicy.defaults();

        assertEquals(2048, policy.minimumRsaBits());
        assertEquals(256, policy.minimumEcBits());
        assertEquals(8, policy.maximumIntermediates());
        for (CertificateSignatureAlgorithm algorithm : CertificateSignatureAlgorithm.values()) {
            assertEquals(!algorithm.hasWeakHash(), policy.signatureAlgorithms().contains(algorithm), algorithm.name());
        }
    }

    @Test
    void md5AndSha1AreWeak() {
        assertTrue(CertificateSignatureAlgorithm.RSA_PKCS1_MD5.hasWeakHash());
        assertTrue(CertificateSignatureAlgorithm.RSA_PKCS1_SHA1.hasWeakHash());
        assertTrue(CertificateSignatureAlgorithm.RSA_PSS_SHA1.hasWeakHash());
        assertTrue(CertificateSignatureAlgorithm.ECDSA_SHA1.hasWeakHash());
        assertFalse(CertificateSignatureAlgorithm.RSA_PSS_SHA256.hasWeakHash());
        assertEquals("1.2.840.10045.4.3.2", CertificateSignatureAlgorithm.ECDSA_SHA256.oid());
    }

    @Test
    void withersChangeOneField() {
        ValidationPolicy policy = ValidationPolicy.defaults().withMinimumRsaBits(3072).withMinimumEcBits(384)
                .withMaximumIntermediates(2).withSignatureAlgorithms(Set.of(CertificateSignatureAlgorithm.ED25519));

        assertEquals(new ValidationPolicy(3072, 384, EnumSet.of(CertificateSignatureAlgorithm.ED25519), 2), policy);
    }

    @Test
    void theAllowedAlgorithmsCannotBeChangedAfterwards() {
        Set<CertificateSignatureAlgorithm> algorithms = ValidationPolicy.defaults().signatureAlgorithms();

        assertThrows(UnsupportedOperationException.class, () -> algorithms.add(CertificateSignatureAlgorithm.ECDSA_SHA1));
    }

    @Test
    void nonsenseIsAConfigurationError() {
        ValidationPolicy defaults = ValidationPolicy.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withMinimumRsaBits(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMinimumEcBits(-1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaximumIntermediates(-1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withSignatureAlgorithms(Set.of()));
    }
}
