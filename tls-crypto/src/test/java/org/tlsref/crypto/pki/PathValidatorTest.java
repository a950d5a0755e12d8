package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.crypto.pki.Pki.chain;
import static org.tlsref.crypto.pki.Pki.intermediate;
import static org.tlsref.crypto.pki.Pki.leaf;
import static org.tlsref.crypto.pki.Pki.reason;
import static org.tlsref.crypto.pki.Pki.root;
import static org.tlsref.crypto.pki.Pki.validator;

import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;

class PathValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"server-rsa2048.pem", "server-rsapss.pem", "server-p256.pem", "server-p384.pem",
            "server-ed25519.pem", "rsa-pss-signed.pem", "names.pem", "nc-inside.pem", "bad-wrong-host.pem", "bad-cn-only.pem"})
    void everyGoodServerChainValidatesForServerAuth(String file) {
        ValidatedPath path = validator().validate(chain(file), Purpose.SERVER_AUTH);

        assertEquals(leaf(file), path.leaf());
        assertEquals(root(), path.trustAnchor());
        assertEquals(Purpose.SERVER_AUTH, path.purpose());
        assertEquals(path.leaf().getPublicKey(), path.leafPublicKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-rsa.pem", "client-p256.pem"})
    void everyClientChainValidatesForClientAuth(String file) {
        ValidatedPath path = validator().validate(chain(file), Purpose.CLIENT_AUTH);

        assertEquals(List.of(leaf(file), intermediate()), path.certificates());
    }

    @ParameterizedTest
    @CsvSource({
        "bad-expired.pem,               EXPIRED",
        "bad-not-yet-valid.pem,         NOT_YET_VALID",
        "bad-sha1.pem,                  WEAK_SIGNATURE_ALGORITHM",
        "bad-rsa1024.pem,               KEY_TOO_SMALL",
        "bad-dsa-key.pem,               UNSUPPORTED_KEY_TYPE",
        "bad-unknown-critical.pem,      UNKNOWN_CRITICAL_EXTENSION",
        "bad-key-encipherment-only.pem, KEY_USAGE_NOT_ALLOWED",
        "bad-self-signed.pem,           UNTRUSTED_SELF_SIGNED",
        "bad-not-a-ca.pem,              NOT_A_CA",
        "bad-path-length.pem,           PATH_LENGTH_EXCEEDED",
        "bad-no-keycertsign.pem,        CA_WITHOUT_KEY_CERT_SIGN",
        "bad-nc-dns-outside.pem,        NAME_CONSTRAINT_VIOLATION",
        "bad-nc-dns-excluded.pem,       NAME_CONSTRAINT_VIOLATION",
        "bad-nc-ip-outside.pem,         NAME_CONSTRAINT_VIOLATION",
        "client-rsa.pem,                WRONG_EXTENDED_KEY_USAGE",
        "client-p256.pem,               WRONG_EXTENDED_KEY_USAGE",
    })
    void everyBrokenServerChainFailsWithItsOwnReason(String file, CertificateFailure expected) {
        assertEquals(expected, reason(() -> validator().validate(chain(file), Purpose.SERVER_AUTH)));
    }

    @Test
    void aServerCertificateDoesNotAuthenticateAClient() {
        assertEquals(CertificateFailure.WRONG_EXTENDED_KEY_USAGE,
                reason(() -> validator().validate(chain("server-p256.pem"), Purpose.CLIENT_AUTH)));
    }

    @Test
    void failuresCarryTheAlertOfTheirReason() {
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> validator().validate(chain("bad-expired.pem"), Purpose.SERVER_AUTH));

        assertEquals(AlertDescription.CERTIFICATE_EXPIRED, alert.description());
        assertEquals(true, alert.getMessage().contains("CN=expired"), alert.getMessage());
    }

    @Test
    void rsaKeyTransportNeedsKeyEncipherment() {
        validator().validate(chain("server-rsa2048.pem"), Purpose.SERVER_AUTH, LeafKeyUse.KEY_ENCIPHERMENT);
        validator().validate(chain("bad-key-encipherment-only.pem"), Purpose.SERVER_AUTH, LeafKeyUse.KEY_ENCIPHERMENT);

        assertEquals(CertificateFailure.KEY_USAGE_NOT_ALLOWED, reason(() -> validator()
                .validate(chain("server-p256.pem"), Purpose.SERVER_AUTH, LeafKeyUse.KEY_ENCIPHERMENT)));
    }

    @Test
    void certificatesAfterTheLeafMayComeInAnyOrderWithExtras() {
        X509Certificate leaf = leaf("server-p256.pem");
        CertificateChain messy = chain(leaf, leaf("client-rsa.pem"), root(), leaf("bad-not-a-ca.pem"),
                intermediate(), intermediate(), leaf);

        ValidatedPath path = validator().validate(messy, Purpose.SERVER_AUTH);

        assertEquals(List.of(leaf, intermediate()), path.certificates());
        assertEquals(root(), path.trustAnchor());
    }

    @Test
    void aMissingIntermediateIsUnknownIssuer() {
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> validator().validate(chain(leaf("server-p256.pem")), Purpose.SERVER_AUTH));

        assertEquals(CertificateFailure.UNKNOWN_ISSUER, alert.reason());
        assertEquals(AlertDescription.UNKNOWN_CA, alert.description());
    }

    @Test
    void aChainFromAnotherRootIsUnknownIssuer() {
        TrustAnchors other = TrustAnchors.of(List.of(leaf("bad-self-signed.pem")));
        PathValidator validator = new PathValidator(other, ValidationPolicy.defaults(), Pki.CLOCK);

        assertEquals(CertificateFailure.UNKNOWN_ISSUER,
                reason(() -> validator.validate(chain("server-p256.pem"), Purpose.SERVER_AUTH)));
    }

    @Test
    void aTrustedIntermediateEndsThePath() {
        PathValidator validator = new PathValidator(
                TrustAnchors.of(List.of(intermediate())), ValidationPolicy.defaults(), Pki.CLOCK);

        ValidatedPath path = validator.validate(chain("server-p256.pem"), Purpose.SERVER_AUTH);

        assertEquals(List.of(leaf("server-p256.pem")), path.certificates());
        assertEquals(intermediate(), path.trustAnchor());
    }

    @Test
    void aSelfSignedLeafConfiguredAsTrustAnchorValidates() {
        X509Certificate pinned = leaf("bad-self-signed.pem");
        PathValidator validator = new PathValidator(
                TrustAnchors.of(List.of(pinned)), ValidationPolicy.defaults(), Pki.CLOCK);

        assertEquals(pinned, validator.validate(chain(pinned), Purpose.SERVER_AUTH).trustAnchor());
    }

    @Test
    void aTamperedSignatureIsBadSignature() {
        List<Bytes> received = chain("server-p256.pem").encoded();
        byte[] tampered = received.get(0).toByteArray();
        tampered[tampered.length - 1] ^= 0x01;
        CertificateChain chain = CertificateChain.decode(List.of(Bytes.of(tampered), received.get(1)));

        TlsAlert alert = assertThrows(TlsAlert.class, () -> validator().validate(chain, Purpose.SERVER_AUTH));

        assertEquals(CertificateFailure.BAD_SIGNATURE, alert.reason());
        assertEquals(AlertDescription.BAD_CERTIFICATE, alert.description());
    }

    @Test
    void theInjectedClockDecidesValidity() {
        CertificateChain notYetValid = chain("bad-not-yet-valid.pem");

        assertEquals(CertificateFailure.NOT_YET_VALID,
                reason(() -> validator().validate(notYetValid, Purpose.SERVER_AUTH)));
        validator(ValidationPolicy.defaults(), Pki.at("2105-01-01T00:00:00Z")).validate(notYetValid, Purpose.SERVER_AUTH);
    }

    @Test
    void validityIncludesBothEnds() {
        CertificateChain chain = chain("server-p256.pem");

        validator(ValidationPolicy.defaults(), Pki.at("2025-01-01T00:00:00Z")).validate(chain, Purpose.SERVER_AUTH);
        validator(ValidationPolicy.defaults(), Pki.at("2125-01-01T00:00:00Z")).validate(chain, Purpose.SERVER_AUTH);
        assertEquals(CertificateFailure.EXPIRED, reason(() -> validator(ValidationPolicy.defaults(),
                Pki.at("2125-01-01T00:00:01Z")).validate(chain, Purpose.SERVER_AUTH)));
        assertEquals(CertificateFailure.NOT_YET_VALID, reason(() -> validator(ValidationPolicy.defaults(),
                Pki.at("2024-12-31T23:59:59Z")).validate(chain, Purpose.SERVER_AUTH)));
    }

    @Test
    void aLegacyPolicyMayAllowSha1() {
        Set<CertificateSignatureAlgorithm> legacy = EnumSet.copyOf(CertificateSignatureAlgorithm.modern());
        legacy.add(CertificateSignatureAlgorithm.ECDSA_SHA1);
        ValidationPolicy policy = ValidationPolicy.defaults().withSignatureAlgorithms(legacy);

        validator(policy, Pki.CLOCK).validate(chain("bad-sha1.pem"), Purpose.SERVER_AUTH);
    }

    @Test
    void aSignatureAlgorithmLeftOutOfThePolicyIsUnsupported() {
        Set<CertificateSignatureAlgorithm> noEcdsaSha256 = EnumSet.copyOf(CertificateSignatureAlgorithm.modern());
        noEcdsaSha256.remove(CertificateSignatureAlgorithm.ECDSA_SHA256);
        ValidationPolicy policy = ValidationPolicy.defaults().withSignatureAlgorithms(noEcdsaSha256);

        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> validator(policy, Pki.CLOCK).validate(chain("server-p256.pem"), Purpose.SERVER_AUTH));

        assertEquals(CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM, alert.reason());
        assertEquals(AlertDescription.UNSUPPORTED_CERTIFICATE, alert.description());
    }

    @Test
    void rsaPssSignaturesAreKnownByTheirHash() {
        Set<CertificateSignatureAlgorithm> noPss = EnumSet.copyOf(CertificateSignatureAlgorithm.modern());
        noPss.remove(CertificateSignatureAlgorithm.RSA_PSS_SHA256);
        ValidationPolicy policy = ValidationPolicy.defaults().withSignatureAlgorithms(noPss);

        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> validator(policy, Pki.CLOCK).validate(chain("rsa-pss-signed.pem"), Purpose.SERVER_AUTH));

        assertEquals(CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM, alert.reason());
        assertEquals(true, alert.getMessage().contains("RSA_PSS_SHA256"), alert.getMessage());
    }

    @Test
    void minimumKeySizesComeFromThePolicy() {
        ValidationPolicy rsa3072 = ValidationPolicy.defaults().withMinimumRsaBits(3072);
        ValidationPolicy ec384 = ValidationPolicy.defaults().withMinimumEcBits(384);

        assertEquals(CertificateFailure.KEY_TOO_SMALL, reason(() ->
                validator(rsa3072, Pki.CLOCK).validate(chain("server-rsa2048.pem"), Purpose.SERVER_AUTH)));
        assertEquals(CertificateFailure.KEY_TOO_SMALL, reason(() ->
                validator(ec384, Pki.CLOCK).validate(chain("server-p384.pem"), Purpose.SERVER_AUTH)));
        validator(ValidationPolicy.defaults().withMinimumRsaBits(1024), Pki.CLOCK)
                .validate(chain("bad-rsa1024.pem"), Purpose.SERVER_AUTH);
    }

    @Test
    void pathsLongerThanThePolicyAllowsAreRefused() {
        ValidationPolicy noIntermediates = ValidationPolicy.defaults().withMaximumIntermediates(0);

        TlsAlert alert = assertThrows(TlsAlert.class, () ->
                validator(noIntermediates, Pki.CLOCK).validate(chain("server-p256.pem"), Purpose.SERVER_AUTH));

        assertEquals(CertificateFailure.PATH_TOO_LONG, alert.reason());
        assertEquals(AlertDescription.UNKNOWN_CA, alert.description());
    }
}
