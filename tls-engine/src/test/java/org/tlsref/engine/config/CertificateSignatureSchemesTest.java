package org.tlsref.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.engine.testing.TestPki;

/** X.509 signature algorithms named as TLS SignatureSchemes (RFC 9846 §4.3.3, §4.5.1.2). */
class CertificateSignatureSchemesTest {
    private static final X509Certificate RSA_ROOT = only("rsa-root-ca.pem");

    private static X509Certificate only(String file) {
        return TestPki.certificates(file).get(0);
    }

    /** The names of the leaf of {@code file}, signed by the second certificate there. */
    private static List<SignatureScheme> leafByItsIssuer(String file) {
        List<X509Certificate> chain = TestPki.certificates(file);
        return CertificateSignatureSchemes.of(chain.get(0), Optional.of(chain.get(1).getPublicKey()));
    }

    private static List<SignatureScheme> unknownIssuer(X509Certificate certificate) {
        return CertificateSignatureSchemes.of(certificate, Optional.empty());
    }

    private static boolean fits(List<X509Certificate> chain, SignatureScheme... accepted) {
        return CertificateSignatureSchemes.signedOnlyWith(CertificateChain.of(chain),
                List.of(accepted));
    }

    @Test
    void ecdsaWithSha256ByAP256KeyIsEcdsaSecp256r1Sha256() {
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256),
                leafByItsIssuer("server-p256.pem"));
        // The leaf's own key does not matter: a P-384 leaf signed by the P-256 intermediate.
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256),
                leafByItsIssuer("server-p384.pem"));
    }

    @Test
    void ecdsaWithSha384ByAP384KeyIsEcdsaSecp384r1Sha384() {
        assertEquals(List.of(SignatureScheme.ECDSA_SECP384R1_SHA384),
                leafByItsIssuer("p384-ca-signed.pem"));
    }

    @Test
    void ecdsaWhoseHashIsNotTheIssuersCurvesHasNoTls13Name() {
        assertEquals(List.of(), leafByItsIssuer("p384-ca-sha256-signed.pem"));
    }

    @Test
    void ecdsaByAnIssuerNotAtHandIsNamedByItsHash() {
        X509Certificate leaf = TestPki.certificates("p384-ca-sha256-signed.pem").get(0);
        assertEquals(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256), unknownIssuer(leaf));
    }

    @Test
    void ecdsaClaimedByAnRsaKeyHasNoName() {
        X509Certificate leaf = TestPki.certificates("server-p256.pem").get(0);
        assertEquals(List.of(), CertificateSignatureSchemes.of(leaf,
                Optional.of(RSA_ROOT.getPublicKey())));
    }

    @Test
    void rsaPkcs1SignaturesAreRsaPkcs1SchemesByHash() {
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA256),
                unknownIssuer(only("server-p256-rsa-signed.pem")));
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA256), unknownIssuer(RSA_ROOT));
        X509Certificate p384Ca = TestPki.certificates("p384-ca-signed.pem").get(1);
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA384),
                CertificateSignatureSchemes.of(p384Ca, Optional.of(RSA_ROOT.getPublicKey())));
    }

    @Test
    void pssByAnRsaEncryptionKeyIsRsae() {
        assertEquals(List.of(SignatureScheme.RSA_PSS_RSAE_SHA256),
                leafByItsIssuer("rsa-pss-signed.pem"));
    }

    @Test
    void pssByAnRsassaPssKeyIsPss() {
        assertEquals(List.of(SignatureScheme.RSA_PSS_PSS_SHA256),
                leafByItsIssuer("pss-key-ca-signed.pem"));
    }

    @Test
    void pssByAnIssuerNotAtHandMayBeEither() {
        X509Certificate leaf = TestPki.certificates("pss-key-ca-signed.pem").get(0);
        assertEquals(List.of(SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_PSS_SHA256), unknownIssuer(leaf));
    }

    @Test
    void ed25519IsEd25519() {
        assertEquals(List.of(SignatureScheme.ED25519), leafByItsIssuer("ed25519-ca-signed.pem"));
    }

    @Test
    void sha1SignaturesKeepTheirLegacyNames() {
        assertEquals(List.of(SignatureScheme.ECDSA_SHA1), leafByItsIssuer("bad-sha1.pem"));
    }

    @Test
    void aChainFitsWhenLeafAndIntermediateAreSignedWithAcceptedSchemes() {
        List<X509Certificate> chain = TestPki.certificates("server-p256.pem");
        assertTrue(fits(chain, SignatureScheme.ECDSA_SECP256R1_SHA256));
        assertFalse(fits(chain, SignatureScheme.RSA_PKCS1_SHA256,
                SignatureScheme.ECDSA_SECP384R1_SHA384));
        assertFalse(fits(chain));
    }

    @Test
    void theIntermediatesSignatureCountsAsWellAsTheLeafs() {
        List<X509Certificate> chain = TestPki.certificates("p384-ca-signed.pem");
        assertFalse(fits(chain, SignatureScheme.ECDSA_SECP384R1_SHA384));
        assertFalse(fits(chain, SignatureScheme.RSA_PKCS1_SHA384));
        assertTrue(fits(chain, SignatureScheme.ECDSA_SECP384R1_SHA384,
                SignatureScheme.RSA_PKCS1_SHA384));
    }

    @Test
    void aSelfSignedRootInTheChainMayBeSignedWithAnything() {
        List<X509Certificate> chain = new ArrayList<>(TestPki.certificates("p384-ca-signed.pem"));
        chain.add(RSA_ROOT);
        PublicKey rootKey = RSA_ROOT.getPublicKey();
        assertEquals(List.of(SignatureScheme.RSA_PKCS1_SHA256),
                CertificateSignatureSchemes.of(RSA_ROOT, Optional.of(rootKey)));
        assertTrue(fits(chain, SignatureScheme.ECDSA_SECP384R1_SHA384,
                SignatureScheme.RSA_PKCS1_SHA384));
    }

    @Test
    void aChainWithAnUnnamedSignatureFitsNothing() {
        List<X509Certificate> chain = TestPki.certificates("p384-ca-sha256-signed.pem");
        assertFalse(fits(chain, SignatureScheme.ECDSA_SECP256R1_SHA256,
                SignatureScheme.ECDSA_SECP384R1_SHA384, SignatureScheme.RSA_PKCS1_SHA384));
    }

    @Test
    void certifiedKeyAsksTheSameQuestionOfItsChain() {
        CertifiedKey rsaSigned = TestPki.server("p256-rsa-signed");
        assertTrue(rsaSigned.chainSignedOnlyWith(List.of(SignatureScheme.RSA_PKCS1_SHA256)));
        assertFalse(rsaSigned.chainSignedOnlyWith(
                List.of(SignatureScheme.ECDSA_SECP256R1_SHA256)));
    }
}
