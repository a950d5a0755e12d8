package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PemTest {
    private static final byte[] MESSAGE = "tlsref".getBytes(StandardCharsets.US_ASCII);

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static IllegalArgumentException certificatesFail(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Pem.certificates(text, "test.pem"));
    }

    private static IllegalArgumentException keyFails(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(text, "test.pem"));
    }

    private static void assertMessage(IllegalArgumentException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void chainFilesHoldTheLeafThenTheIntermediate() {
        List<X509Certificate> chain = Pem.certificates(Pki.file("server-p256.pem"));

        assertEquals(2, chain.size());
        assertEquals(Pki.intermediate(), chain.get(1));
        assertEquals("CN=server.tlsref.test,O=tlsref", chain.get(0).getSubjectX500Principal().getName());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "server-rsa2048.key,  server-rsa2048.pem,  SHA256withRSA",
        "server-rsapss.key,   server-rsapss.pem,   RSASSA-PSS",
        "server-p256.key,     server-p256.pem,     SHA256withECDSA",
        "server-ed25519.key,  server-ed25519.pem,  Ed25519",
        "client-rsa.key,      client-rsa.pem,      SHA256withRSA",
        "client-p256.key,     client-p256.pem,     SHA256withECDSA",
    })
    void everyKeyFormSignsWhatItsCertificateVerifies(String keyFile, String chainFile, String algorithm)
            throws Exception {
        PrivateKey key = Pem.privateKey(Pki.file(keyFile));

        assertSignsFor(key, Pki.leaf(chainFile).getPublicKey(), algorithm);
    }

    @Test
    void anEncryptedKeyOpensWithItsPassword() throws Exception {
        PrivateKey key = Pem.privateKey(Pki.file("server-p384.key"), Pki.PASSWORD);

        assertSignsFor(key, Pki.leaf("server-p384.pem").getPublicKey(), "SHA384withECDSA");
    }

    @Test
    void aPasswordIsIgnoredForAnUnencryptedKey() {
        Pem.privateKey(Pki.text("server-p256.key"), "server-p256.key", Pki.PASSWORD);
    }

    @Test
    void anEncryptedKeyWithoutPasswordIsRefused() {
        assertMessage(keyFails(Pki.text("server-p384.key")), "block 1 (ENCRYPTED PRIVATE KEY) of test.pem",
                "encrypted");
    }

    @Test
    void aWrongPasswordIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pem.privateKey(Pki.file("server-p384.key"), "wrong".toCharArray()));

        assertMessage(e, "server-p384.key", "wrong password");
    }

    @Test
    void otherBlocksBesideTheKeyAreSkipped() throws Exception {
        String text = "EC key for tests\n" + pem("EC PARAMETERS", new byte[] {6, 8, 42, -122, 72, -50, 61, 3, 1, 7})
                + Pki.text("server-p256.pem") + Pki.text("server-p256.key");

        PrivateKey key = Pem.privateKey(text, "combined.pem");

        assertSignsFor(key, Pki.leaf("server-p256.pem").getPublicKey(), "SHA256withECDSA");
        assertEquals(2, Pem.certificates(text, "combined.pem").size());
    }

    @Test
    void malformedPemIsNamedByBlock() {
        String cert = Pki.text("root-ca.pem");
        String body = cert.substring(cert.indexOf('\n') + 1, cert.indexOf("-----END"));

        assertMessage(certificatesFail("nothing here"), "test.pem", "no PEM block");
        assertMessage(certificatesFail(cert.replace("-----END CERTIFICATE-----", "")), "block 1 (CERTIFICATE)", "no END line");
        assertMessage(certificatesFail(cert.replace("END CERTIFICATE", "END X509 CRL")), "ends with END X509 CRL");
        assertMessage(certificatesFail(cert.replace("-----END CERTIFICATE-----", "") + cert), "no END line");
        assertMessage(certificatesFail(cert.replace(body, "")), "empty body");
        assertMessage(certificatesFail(cert.replace(body, "not*base64\n")), "not base64");
        assertMessage(certificatesFail("-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\n" + body
                + "-----END CERTIFICATE-----\n"), "headers");
        assertMessage(certificatesFail(Pki.text("server-p256.key")), "no CERTIFICATE block");
    }

    @Test
    void malformedDerIsNamedByBlock() throws Exception {
        byte[] der = Pki.root().getEncoded();
        byte[] truncated = java.util.Arrays.copyOf(der, der.length - 1);
        byte[] trailing = java.util.Arrays.copyOf(der, der.length + 2);
        byte[] notSequence = der.clone();
        notSequence[0] = 0x31;

        assertMessage(certificatesFail(pem("CERTIFICATE", truncated)), "block 1 (CERTIFICATE) of test.pem", "truncated");
        assertMessage(certificatesFail(pem("CERTIFICATE", trailing)), "2 bytes after");
        assertMessage(certificatesFail(pem("CERTIFICATE", notSequence)), "not a SEQUENCE");
        assertMessage(certificatesFail(pem("CERTIFICATE", new byte[] {0x30})), "shorter than a DER header");
        assertMessage(certificatesFail(pem("CERTIFICATE", new byte[] {0x30, (byte) 0x80, 0, 0})), "definite length");
        assertMessage(certificatesFail(pem("CERTIFICATE", new byte[] {0x30, (byte) 0x82, 1})), "length field");
        assertMessage(certificatesFail(pem("CERTIFICATE", new byte[] {0x30, 3, 2, 1, 0})), "not an X.509 certificate");
    }

    @Test
    void keyFilesMustHoldExactlyOneKey() {
        assertMessage(keyFails(Pki.text("root-ca.pem")), "0 private key blocks");
        assertMessage(keyFails(Pki.text("server-p256.key") + Pki.text("client-p256.key")), "2 private key blocks");
    }

    @Test
    void malformedKeysAreNamedByBlock() throws Exception {
        byte[] garbage = {0x30, 3, 2, 1, 0};
        byte[] x25519 = KeyPairGenerator.getInstance("X25519").generateKeyPair().getPrivate().getEncoded();
        byte[] sec1WithoutCurve = new org.bouncycastle.asn1.sec.ECPrivateKey(256, BigInteger.TEN).getEncoded();
        byte[] ecKeyLabelledRsa = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                DERNull.INSTANCE), new org.bouncycastle.asn1.sec.ECPrivateKey(256, BigInteger.TEN)).getEncoded();

        assertMessage(keyFails(pem("PRIVATE KEY", garbage)), "block 1 (PRIVATE KEY)", "not a PKCS#8 PrivateKeyInfo");
        assertMessage(keyFails(pem("RSA PRIVATE KEY", garbage)), "not a PKCS#1 RSAPrivateKey");
        assertMessage(keyFails(pem("EC PRIVATE KEY", garbage)), "not a SEC1 ECPrivateKey");
        assertMessage(keyFails(pem("EC PRIVATE KEY", sec1WithoutCurve)), "does not name its curve");
        assertMessage(keyFails(pem("PRIVATE KEY", x25519)), "unsupported key algorithm 1.3.101.110");
        assertMessage(keyFails(pem("PRIVATE KEY", ecKeyLabelledRsa)), "not a valid RSA private key");
    }

    @Test
    void anUnreadableFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pem.certificates(Pki.file("no-such-file.pem")));

        assertMessage(e, "no-such-file.pem", "cannot read");
    }

    static void assertSignsFor(PrivateKey key, PublicKey publicKey, String algorithm) throws Exception {
        Signature signer = Signature.getInstance(algorithm);
        if (algorithm.equals("RSASSA-PSS")) {
            signer.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                    java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        }
        signer.initSign(key);
        signer.update(MESSAGE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        if (algorithm.equals("RSASSA-PSS")) {
            verifier.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                    java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        }
        verifier.initVerify(publicKey);
        verifier.update(MESSAGE);
        assertTrue(verifier.verify(signature), "the key does not match the certificate");
    }
}
