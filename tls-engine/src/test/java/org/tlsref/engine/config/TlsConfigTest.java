package org.tlsref.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;

class TlsConfigTest {
    @Test
    void signatureAlgorithmsCertIsSentOnlyWhenConfigured() {
        assertEquals(List.of(), TlsConfig.builder().build().negotiation()
                .signatureAlgorithmsCertOffered());
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA256), TlsConfig.builder()
                .signatureAlgorithmsCert(SignatureScheme.RSA_PKCS1_SHA256).build().negotiation()
                .signatureAlgorithmsCertOffered());
    }

    @Test
    void defaultsAreTls13WithHybridAndX25519SharesAndCompatibilityMode() {
        TlsConfig config = TlsConfig.builder().build();
        assertEquals(List.of(ProtocolVersion.TLS_1_3), config.negotiation().versions());
        assertEquals(List.of(NamedGroup.X25519_MLKEM768, NamedGroup.X25519),
                config.negotiation().keyShareGroups());
        assertEquals(MiddleboxCompatibility.ENABLED, config.compatibility().middlebox());
        assertEquals(config.negotiation().signatureSchemes(),
                config.negotiation().signatureAlgorithmsOffered());
        assertTrue(config.records().recordSizeLimit().isEmpty());
        assertEquals(1 << 16, config.records().maxHandshakeMessageSize());
    }

    @Test
    void sha1SignatureSchemeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().signatureSchemes(SignatureScheme.ECDSA_SECP256R1_SHA256,
                        SignatureScheme.RSA_PKCS1_SHA1).build());
        assertTrue(e.getMessage().contains("SHA-1"), e.getMessage());
    }

    @Test
    void offeredSignatureAlgorithmsMayReproduceALegacyList() {
        TlsConfig config = TlsConfig.builder()
                .signatureAlgorithmsOffered(SignatureScheme.ECDSA_SECP256R1_SHA256,
                        SignatureScheme.ECDSA_SHA1)
                .build();
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SHA1),
                config.negotiation().signatureAlgorithmsOffered());
    }

    @Test
    void keyShareOutsideSupportedGroupsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder()
                .supportedGroups(NamedGroup.X25519).keyShareGroups(NamedGroup.SECP256R1).build());
    }

    @Test
    void keySharesOutOfSupportedGroupsOrderAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder()
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .keyShareGroups(NamedGroup.SECP256R1, NamedGroup.X25519).build());
    }

    @Test
    void tls12CipherSuiteIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder()
                .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256).build());
    }

    @Test
    void duplicateSuiteIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder()
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256,
                        CipherSuite.TLS_AES_128_GCM_SHA256).build());
    }

    @Test
    void sslVersionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().versions(ProtocolVersion.TLS_1_1).build());
    }

    @Test
    void recordSizeLimitBelow64IsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().recordSizeLimit(63));
        assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().recordSizeLimit((1 << 14) + 2));
    }

    @Test
    void emptyApplicationProtocolNameIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().applicationProtocols("h2", "").build());
    }

    @Test
    void clientWithoutTrustAnchorsIsRefused() {
        TlsConfig config = TlsConfig.builder().build();
        assertThrows(IllegalArgumentException.class, config::checkForClient);
    }

    @Test
    void serverWithoutCertifiedKeyIsRefused() {
        TlsConfig config = TlsConfig.builder().build();
        assertThrows(IllegalArgumentException.class, config::checkForServer);
    }

    @Test
    void tinyHandshakeMessageBoundIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.builder().maxHandshakeMessageSize(100).build());
    }
}
