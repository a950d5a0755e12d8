package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.InMemoryHandshakeTest.Pair;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.testing.TestPki;

/**
 * Certificate selection by signature_algorithms_cert, end to end (RFC 9846 §4.3.3, §4.5.1.2): two
 * identities with P-256 keys, one chain signed with ECDSA P-256 / SHA-256 (server-p256.pem), one
 * with sha256WithRSAEncryption (server-p256-rsa-signed.pem). Both validate at the peer, so each
 * test sees which one was sent.
 */
class SignatureAlgorithmsCertHandshakeTest {
    private static final CertifiedKey SERVER_ECDSA_SIGNED = TestPki.server("p256");
    private static final CertifiedKey SERVER_RSA_SIGNED = TestPki.server("p256-rsa-signed");
    private static final CertifiedKey CLIENT_ECDSA_SIGNED = TestPki.client("p256");
    private static final CertifiedKey CLIENT_RSA_SIGNED = TestPki.client("p256-rsa-signed");

    private static X509Certificate leaf(CertifiedKey key) {
        return key.chain().leaf();
    }

    private static X509Certificate serverLeafSeenByClient(Pair pair) {
        pair.handshake();
        return pair.client.session().orElseThrow().peerCertificates().get(0);
    }

    private static X509Certificate clientLeafSeenByServer(Pair pair) {
        pair.handshake();
        return pair.server.session().orElseThrow().peerCertificates().get(0);
    }

    @Test
    void theServerSendsTheChainSignedWithWhatSignatureAlgorithmsCertLists() {
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.RSA_PKCS1_SHA256),
                s -> s.certifiedKeys(SERVER_ECDSA_SIGNED, SERVER_RSA_SIGNED));
        assertEquals(leaf(SERVER_RSA_SIGNED), serverLeafSeenByClient(pair));
        assertEquals(SignatureScheme.ECDSA_SECP256R1_SHA256,
                pair.client.session().orElseThrow().signatureScheme());
    }

    @Test
    void theChoiceFollowsTheListNotTheConfiguredOrder() {
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.ECDSA_SECP256R1_SHA256),
                s -> s.certifiedKeys(SERVER_RSA_SIGNED, SERVER_ECDSA_SIGNED));
        assertEquals(leaf(SERVER_ECDSA_SIGNED), serverLeafSeenByClient(pair));
    }

    @Test
    void withoutSignatureAlgorithmsCertSignatureAlgorithmsAppliesToCertificates() {
        Pair withoutPkcs1 = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors()).signatureSchemes(
                        SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA256),
                s -> s.certifiedKeys(SERVER_RSA_SIGNED, SERVER_ECDSA_SIGNED));
        assertEquals(leaf(SERVER_ECDSA_SIGNED), serverLeafSeenByClient(withoutPkcs1));

        // The default list holds rsa_pkcs1_sha256: the first identity fits and is sent.
        Pair withPkcs1 = Pair.of(c -> c.trustAnchors(TestPki.allAnchors()),
                s -> s.certifiedKeys(SERVER_RSA_SIGNED, SERVER_ECDSA_SIGNED));
        assertEquals(leaf(SERVER_RSA_SIGNED), serverLeafSeenByClient(withPkcs1));
    }

    @Test
    void whenNoChainFitsTheServerSendsTheFirstThatCanSign() {
        Pair ecdsaFirst = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.ED25519),
                s -> s.certifiedKeys(SERVER_ECDSA_SIGNED, SERVER_RSA_SIGNED));
        assertEquals(leaf(SERVER_ECDSA_SIGNED), serverLeafSeenByClient(ecdsaFirst));
        Pair rsaFirst = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.ED25519),
                s -> s.certifiedKeys(SERVER_RSA_SIGNED, SERVER_ECDSA_SIGNED));
        assertEquals(leaf(SERVER_RSA_SIGNED), serverLeafSeenByClient(rsaFirst));
    }

    @Test
    void aFittingChainWhoseKeyCannotSignCertificateVerifyIsNeverChosen() {
        // The Ed25519 identity's chain is ECDSA-signed and fits; its key cannot sign with
        // ecdsa_secp256r1_sha256, the only CertificateVerify scheme offered.
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .signatureSchemes(SignatureScheme.ECDSA_SECP256R1_SHA256)
                        .signatureAlgorithmsCert(SignatureScheme.ECDSA_SECP256R1_SHA256),
                s -> s.certifiedKeys(TestPki.server("ed25519"), SERVER_RSA_SIGNED));
        assertEquals(leaf(SERVER_RSA_SIGNED), serverLeafSeenByClient(pair));
    }

    @Test
    void theClientSendsTheChainSignedWithWhatTheCertificateRequestLists() {
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .certifiedKeys(CLIENT_ECDSA_SIGNED, CLIENT_RSA_SIGNED),
                s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.RSA_PKCS1_SHA256));
        assertEquals(leaf(CLIENT_RSA_SIGNED), clientLeafSeenByServer(pair));

        Pair reversed = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .certifiedKeys(CLIENT_RSA_SIGNED, CLIENT_ECDSA_SIGNED),
                s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.ECDSA_SECP256R1_SHA256));
        assertEquals(leaf(CLIENT_ECDSA_SIGNED), clientLeafSeenByServer(reversed));
    }

    @Test
    void withoutSignatureAlgorithmsCertTheRequestsSignatureAlgorithmsApplies() {
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .certifiedKeys(CLIENT_RSA_SIGNED, CLIENT_ECDSA_SIGNED),
                s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.allAnchors()).signatureSchemes(
                                SignatureScheme.ECDSA_SECP256R1_SHA256,
                                SignatureScheme.RSA_PSS_RSAE_SHA256));
        assertEquals(leaf(CLIENT_ECDSA_SIGNED), clientLeafSeenByServer(pair));
    }

    @Test
    void whenNoChainFitsTheClientSendsTheFirstThatCanSign() {
        Pair pair = Pair.of(
                c -> c.trustAnchors(TestPki.allAnchors())
                        .certifiedKeys(CLIENT_RSA_SIGNED, CLIENT_ECDSA_SIGNED),
                s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.allAnchors())
                        .signatureAlgorithmsCert(SignatureScheme.ED25519));
        assertEquals(leaf(CLIENT_RSA_SIGNED), clientLeafSeenByServer(pair));
    }
}
