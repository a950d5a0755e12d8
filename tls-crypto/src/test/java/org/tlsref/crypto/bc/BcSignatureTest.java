package org.tlsref.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.SignatureContract;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.TestKeys;
import org.tlsref.crypto.testing.VectorKeys;

/**
 * {@link SignatureContract} on Bouncy Castle's lightweight API, plus what only this backend has:
 * deterministic ECDSA, which reproduces the RFC 6979 signatures exactly.
 */
class BcSignatureTest extends SignatureContract {
    @Override
    protected Backend backend() {
        return Backend.BC;
    }

    @Test
    void deterministicEcdsaReproducesRfc6979() {
        JsonNode vectors = Vectors.json("crypto/ecdsa.json");
        for (JsonNode key : vectors.get("keys")) {
            NistCurve curve = curve(key);
            PrivateKey privateKey = VectorKeys.ecPrivate(curve, hex(key, "privateKey"));
            for (JsonNode vector : vectors.get("signatures")) {
                if (curve(vector) != curve) {
                    continue;
                }
                SignatureScheme scheme = scheme(vector);
                Bytes message = Bytes.of(vector.get("message").asText()
                        .getBytes(StandardCharsets.US_ASCII));
                Bytes signature = BcAsymmetric.deterministicEcdsaSigner(scheme, privateKey,
                        policyFor(scheme, curve)).sign(message, new FixedRandom());
                assertEquals(hex(vector, "signature"), signature,
                        curve + " " + vector.get("hash").asText() + " " + message);
            }
        }
    }

    @Test
    void deterministicSignersAreForEcdsaOnly() {
        assertThrows(IllegalArgumentException.class, () -> BcAsymmetric.deterministicEcdsaSigner(
                SignatureScheme.RSA_PSS_RSAE_SHA256, TestKeys.rsa().getPrivate(),
                SignaturePolicy.TLS13));
        assertThrows(IllegalArgumentException.class, () -> BcAsymmetric.deterministicEcdsaSigner(
                SignatureScheme.ECDSA_SECP384R1_SHA384, TestKeys.ec("secp256r1").getPrivate(),
                SignaturePolicy.TLS13));
    }

    @Test
    void defaultSignerAndVerifierApplyTls13Rules() {
        PrivateKey p384 = TestKeys.ec("secp384r1").getPrivate();
        assertThrows(IllegalArgumentException.class,
                () -> BcAsymmetric.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, p384));
        assertThrows(IllegalArgumentException.class,
                () -> BcAsymmetric.verifier(SignatureScheme.RSA_PKCS1_SHA1));
        assertEquals(SignatureScheme.ED25519,
                BcAsymmetric.verifier(SignatureScheme.ED25519).scheme());
    }
}
