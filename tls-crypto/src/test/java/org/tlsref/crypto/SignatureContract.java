package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.AlertReason;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.SchemeKeys;
import org.tlsref.crypto.testing.SeededRandom;
import org.tlsref.crypto.testing.TestKeys;
import org.tlsref.crypto.testing.UnusableRsaKeys;
import org.tlsref.crypto.testing.VectorKeys;

/**
 * Signatures, written once and run for each backend: RFC 8032 and RFC 6979 vectors, every scheme
 * signing and verifying, and every way a key or a signature can fail to fit.
 */
public abstract class SignatureContract {
    private static final Bytes MESSAGE = Bytes.of("TLS 1.3, server CertificateVerify"
            .getBytes(StandardCharsets.US_ASCII));

    /** The backend under test. */
    protected abstract Backend backend();

    static Stream<SignatureScheme> schemes() {
        return SchemeKeys.SCHEMES.stream();
    }

    private Bytes sign(SignatureScheme scheme, KeyPair keys) {
        return backend().signer(scheme, keys.getPrivate()).sign(MESSAGE, new SeededRandom(1));
    }

    private static void assertFails(AlertReason reason, Executable action) {
        assertEquals(reason, assertThrows(TlsAlert.class, action).reason());
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void signaturesVerifyInTheSameBackend(SignatureScheme scheme) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        Signer signer = backend().signer(scheme, keys.getPrivate());
        assertEquals(scheme, signer.scheme());
        Bytes signature = signer.sign(MESSAGE, new SeededRandom(2));
        Verifier verifier = backend().verifier(scheme);
        assertEquals(scheme, verifier.scheme());
        verifier.verify(keys.getPublic(), MESSAGE, signature);
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void aChangedMessageIsABadSignature(SignatureScheme scheme) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        Bytes signature = sign(scheme, keys);
        Bytes changed = MESSAGE.concat(Bytes.zeros(1));
        assertFails(CryptoFailure.BAD_SIGNATURE,
                () -> backend().verifier(scheme).verify(keys.getPublic(), changed, signature));
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void truncatedExtendedAndEmptySignaturesAreBadSignatures(SignatureScheme scheme) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        Bytes signature = sign(scheme, keys);
        for (Bytes bad : List.of(Bytes.EMPTY, signature.slice(0, signature.length() - 1),
                signature.concat(Bytes.zeros(1)), signature.slice(0, 1))) {
            assertFails(CryptoFailure.BAD_SIGNATURE,
                    () -> backend().verifier(scheme).verify(keys.getPublic(), MESSAGE, bad));
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void garbageOfTheRightLengthIsABadSignature(SignatureScheme scheme) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        int length = sign(scheme, keys).length();
        for (int fill : new int[] {0x00, 0x30, 0xFF}) {
            byte[] garbage = new byte[length];
            java.util.Arrays.fill(garbage, (byte) fill);
            assertFails(CryptoFailure.BAD_SIGNATURE, () -> backend().verifier(scheme)
                    .verify(keys.getPublic(), MESSAGE, Bytes.of(garbage)));
        }
    }

    // --- published vectors --------------------------------------------------------------------

    @Test
    void ed25519SignaturesMatchRfc8032() {
        eddsaVectors("crypto/ed25519.json", "Ed25519", SignatureScheme.ED25519);
    }

    @Test
    void ed448SignaturesMatchRfc8032() {
        eddsaVectors("crypto/ed448.json", "Ed448", SignatureScheme.ED448);
    }

    private void eddsaVectors(String file, String curve, SignatureScheme scheme) {
        for (JsonNode vector : Vectors.json(file).get("vectors")) {
            PrivateKey key = VectorKeys.edPrivate(curve, hex(vector, "secretKey"));
            PublicKey publicKey = VectorKeys.edPublic(curve, hex(vector, "publicKey"));
            Bytes message = hex(vector, "message");
            Bytes signature = backend().signer(scheme, key).sign(message, new SeededRandom(3));
            assertEquals(hex(vector, "signature"), signature, vector.get("name").asText());
            backend().verifier(scheme).verify(publicKey, message, hex(vector, "signature"));
        }
    }

    @Test
    void ecdsaSignaturesOfRfc6979Verify() {
        JsonNode vectors = Vectors.json("crypto/ecdsa.json");
        for (JsonNode vector : vectors.get("signatures")) {
            NistCurve curve = curve(vector);
            PublicKey key = VectorKeys.ecPublic(curve, publicKey(vectors, curve));
            SignatureScheme scheme = scheme(vector);
            Bytes message = Bytes.of(vector.get("message").asText().getBytes(StandardCharsets.US_ASCII));
            backend().verifier(scheme, policyFor(scheme, curve))
                    .verify(key, message, hex(vector, "signature"));
        }
    }

    /** TLS 1.3 where the vector's hash matches its curve, TLS 1.2 for the other pairings. */
    protected static SignaturePolicy policyFor(SignatureScheme scheme, NistCurve curve) {
        return scheme.name().orElseThrow().contains(curve.standardName())
                ? SignaturePolicy.TLS13 : SignaturePolicy.TLS12;
    }

    /** The curve a vector names. */
    protected static NistCurve curve(JsonNode vector) {
        return NistCurve.valueOf(vector.get("curve").asText().toUpperCase(java.util.Locale.ROOT));
    }

    /** The scheme a vector names. */
    protected static SignatureScheme scheme(JsonNode vector) {
        String name = vector.get("scheme").asText();
        return SignatureScheme.known().stream()
                .filter(s -> s.name().orElse("").equals(name)).findFirst().orElseThrow();
    }

    /** The public point of the vector key on {@code curve}. */
    protected static Bytes publicKey(JsonNode vectors, NistCurve curve) {
        for (JsonNode key : vectors.get("keys")) {
            if (curve(key) == curve) {
                return hex(key, "publicKey");
            }
        }
        throw new AssertionError("no key for " + curve);
    }

    /** A hex field of a vector. */
    protected static Bytes hex(JsonNode vector, String field) {
        return Bytes.fromHex(vector.get(field).asText());
    }

    // --- keys that do not fit ------------------------------------------------------------------

    @Test
    void signersRefuseKeysOfTheWrongType() {
        List<Object[]> misfits = List.of(
                new Object[] {SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.ec("secp256r1")},
                new Object[] {SignatureScheme.RSA_PKCS1_SHA256, TestKeys.ed25519()},
                new Object[] {SignatureScheme.ED25519, TestKeys.rsa()},
                new Object[] {SignatureScheme.ED448, TestKeys.ed25519()},
                new Object[] {SignatureScheme.ED25519, TestKeys.ed448()},
                new Object[] {SignatureScheme.ECDSA_SECP256R1_SHA256, TestKeys.ed25519()},
                new Object[] {SignatureScheme.RSA_PSS_PSS_SHA256, TestKeys.rsa()},
                new Object[] {SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.rsaPss()},
                new Object[] {SignatureScheme.RSA_PKCS1_SHA256, TestKeys.rsaPss()});
        for (Object[] misfit : misfits) {
            SignatureScheme scheme = (SignatureScheme) misfit[0];
            PrivateKey key = ((KeyPair) misfit[1]).getPrivate();
            assertThrows(IllegalArgumentException.class, () -> backend().signer(scheme, key),
                    scheme + " with " + key.getAlgorithm());
        }
    }

    @Test
    void verifiersTreatKeysOfTheWrongTypeAsSchemeMismatch() {
        Bytes signature = sign(SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.rsa());
        for (KeyPair wrong : List.of(TestKeys.ec("secp256r1"), TestKeys.ed25519(),
                TestKeys.rsaPss())) {
            assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH,
                    () -> backend().verifier(SignatureScheme.RSA_PSS_RSAE_SHA256)
                            .verify(wrong.getPublic(), MESSAGE, signature));
        }
        assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH, () -> backend()
                .verifier(SignatureScheme.ED448).verify(TestKeys.ed25519().getPublic(), MESSAGE,
                        Bytes.zeros(114)));
    }

    @Test
    void tls13BindsTheEcdsaCurveToTheSchemeAndTls12DoesNot() {
        KeyPair p384 = TestKeys.ec("secp384r1");
        SignatureScheme scheme = SignatureScheme.ECDSA_SECP256R1_SHA256;
        assertThrows(IllegalArgumentException.class, () -> backend().signer(scheme,
                p384.getPrivate()));
        Bytes signature = backend().signer(scheme, p384.getPrivate(), SignaturePolicy.TLS12)
                .sign(MESSAGE, new SeededRandom(4));
        backend().verifier(scheme, SignaturePolicy.TLS12).verify(p384.getPublic(), MESSAGE,
                signature);
        assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH,
                () -> backend().verifier(scheme).verify(p384.getPublic(), MESSAGE, signature));
    }

    @Test
    void pssKeyParametersMustBeTheSchemes() {
        KeyPair restricted = TestKeys.rsaPssSha256Only();
        Bytes signature = backend().signer(SignatureScheme.RSA_PSS_PSS_SHA256,
                restricted.getPrivate()).sign(MESSAGE, new SeededRandom(5));
        backend().verifier(SignatureScheme.RSA_PSS_PSS_SHA256).verify(restricted.getPublic(),
                MESSAGE, signature);
        assertThrows(IllegalArgumentException.class, () -> backend().signer(
                SignatureScheme.RSA_PSS_PSS_SHA384, restricted.getPrivate()));
        assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH, () -> backend()
                .verifier(SignatureScheme.RSA_PSS_PSS_SHA384)
                .verify(restricted.getPublic(), MESSAGE, signature));
    }

    @Test
    void aModulusTooShortForTheSaltDoesNotFitPssSha512() {
        KeyPair small = TestKeys.rsa1024();
        assertThrows(IllegalArgumentException.class, () -> backend().signer(
                SignatureScheme.RSA_PSS_RSAE_SHA512, small.getPrivate()));
        assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH, () -> backend()
                .verifier(SignatureScheme.RSA_PSS_RSAE_SHA512)
                .verify(small.getPublic(), MESSAGE, Bytes.zeros(128)));
        Bytes signature = backend().signer(SignatureScheme.RSA_PSS_RSAE_SHA384,
                small.getPrivate()).sign(MESSAGE, new SeededRandom(6));
        backend().verifier(SignatureScheme.RSA_PSS_RSAE_SHA384).verify(small.getPublic(), MESSAGE,
                signature);
    }

    @Test
    void aKeyNoProviderCanUseIsRefusedWithTheClearError() {
        assertThrows(IllegalArgumentException.class, () -> backend().signer(
                SignatureScheme.RSA_PKCS1_SHA256, UnusableRsaKeys.privateKey()));
        assertFails(CryptoFailure.SIGNATURE_SCHEME_MISMATCH, () -> backend()
                .verifier(SignatureScheme.RSA_PKCS1_SHA256)
                .verify(UnusableRsaKeys.publicKey(), MESSAGE, Bytes.zeros(32)));
    }

    @Test
    void unsupportedSchemesAreIllegalArguments() {
        PrivateKey key = TestKeys.rsa().getPrivate();
        for (SignatureScheme scheme : List.of(SignatureScheme.DSA_SHA256, SignatureScheme.MLDSA65,
                SignatureScheme.SHA224_RSA, SignatureScheme.ECDSA_BRAINPOOLP256R1TLS13_SHA256,
                SignatureScheme.of(0x0A0A))) {
            assertThrows(IllegalArgumentException.class, () -> backend().signer(scheme, key));
            assertThrows(IllegalArgumentException.class, () -> backend().verifier(scheme));
        }
    }

    // --- SHA-1 -------------------------------------------------------------------------------

    @Test
    void signingWithSha1IsRefusedUnderEveryPolicy() {
        for (SignaturePolicy policy : SignaturePolicy.values()) {
            assertThrows(IllegalArgumentException.class, () -> backend().signer(
                    SignatureScheme.RSA_PKCS1_SHA1, TestKeys.rsa().getPrivate(), policy));
            assertThrows(IllegalArgumentException.class, () -> backend().signer(
                    SignatureScheme.ECDSA_SHA1, TestKeys.ec("secp256r1").getPrivate(), policy));
        }
    }

    @Test
    void sha1VerificationNeedsTheExplicitOptIn() throws GeneralSecurityException {
        for (SignaturePolicy policy : List.of(SignaturePolicy.TLS13, SignaturePolicy.TLS12)) {
            assertThrows(IllegalArgumentException.class,
                    () -> backend().verifier(SignatureScheme.RSA_PKCS1_SHA1, policy));
            assertThrows(IllegalArgumentException.class,
                    () -> backend().verifier(SignatureScheme.ECDSA_SHA1, policy));
        }
        SignaturePolicy legacy = SignaturePolicy.TLS12_ACCEPT_SHA1;
        KeyPair rsa = TestKeys.rsa();
        backend().verifier(SignatureScheme.RSA_PKCS1_SHA1, legacy).verify(rsa.getPublic(), MESSAGE,
                jdkSignature("SHA1withRSA", rsa.getPrivate()));
        KeyPair ec = TestKeys.ec("secp384r1");
        Bytes ecdsa = jdkSignature("SHA1withECDSA", ec.getPrivate());
        backend().verifier(SignatureScheme.ECDSA_SHA1, legacy).verify(ec.getPublic(), MESSAGE, ecdsa);
        assertFails(CryptoFailure.BAD_SIGNATURE, () -> backend()
                .verifier(SignatureScheme.ECDSA_SHA1, legacy)
                .verify(ec.getPublic(), MESSAGE.concat(MESSAGE), ecdsa));
    }

    /** A legacy signature made directly with the JDK, which tlsref itself refuses to make. */
    private static Bytes jdkSignature(String algorithm, PrivateKey key)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(MESSAGE.toByteArray());
        return Bytes.of(signature.sign());
    }

    // --- ECDSA encodings ---------------------------------------------------------------------

    @Test
    void nonCanonicalEcdsaEncodingsAreBadSignatures() {
        KeyPair keys = TestKeys.ec("secp256r1");
        SignatureScheme scheme = SignatureScheme.ECDSA_SECP256R1_SHA256;
        Bytes der = sign(scheme, keys);
        assertDoesNotThrow(() -> backend().verifier(scheme).verify(keys.getPublic(), MESSAGE, der));
        int rLength = der.get(3);
        Bytes r = der.slice(4, 4 + rLength);
        Bytes rest = der.slice(4 + rLength, der.length());
        Bytes paddedR = Bytes.ofUnsigned(0x02, rLength + 1, 0).concat(r).concat(rest);
        List<Bytes> variants = List.of(
                Bytes.ofUnsigned(0x30, paddedR.length()).concat(paddedR),
                Bytes.ofUnsigned(0x30, 0x81, der.length() - 2).concat(der.slice(2, der.length())),
                der.concat(Bytes.zeros(1)),
                Bytes.ofUnsigned(0x31).concat(der.slice(1, der.length())));
        for (Bytes variant : variants) {
            assertFails(CryptoFailure.BAD_SIGNATURE,
                    () -> backend().verifier(scheme).verify(keys.getPublic(), MESSAGE, variant));
        }
    }
}
