package org.tlsref.bench.steps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.bench.Suite;
import org.tlsref.bench.aead.RecordChecks;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.TrustAnchors;
import org.tlsref.crypto.pki.ValidationPolicy;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.RandomSources;

/** The handshake-step harness is right before anything is timed. No timing here. */
class StepChecksTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void keyExchangeAndSignaturesPassOnEveryBackend(Backend backend) {
        CryptoProvider crypto = backend.provider();
        assertDoesNotThrow(() -> StepChecks.keyExchange(crypto.keyExchange(NamedGroup.X25519), RandomSources.system(), "x"));
        assertDoesNotThrow(() -> StepChecks.signature(
                crypto.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, TestPki.SERVER.key()),
                crypto.verifier(SignatureScheme.ECDSA_SECP256R1_SHA256), RandomSources.system(), "x"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void transcriptHashKeyScheduleAndHandshakeRecordsPassOnEveryBackend(Backend backend) {
        Backend other = backend == Backend.JCA ? Backend.BOUNCY_CASTLE : Backend.JCA;
        assertDoesNotThrow(() -> StepChecks.transcriptHash(backend.provider(), "x"));
        assertDoesNotThrow(() -> StepChecks.keySchedule(backend.provider(), other.provider(), "x"));
        assertDoesNotThrow(() -> RecordChecks.rawAead(backend, Suite.TLS_AES_128_GCM_SHA256, 1024));
    }

    @Test
    void aSignerThatSignsSomethingElseIsCaught() {
        CryptoProvider crypto = Backend.JCA.provider();
        Signer real = crypto.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, TestPki.SERVER.key());
        Signer wrong = new Signer() {
            @Override
            public SignatureScheme scheme() {
                return real.scheme();
            }

            @Override
            public Bytes sign(Bytes message, org.tlsref.crypto.RandomSource random) {
                return real.sign(Bytes.of(new byte[] {1}), random);
            }
        };
        Verifier verifier = crypto.verifier(SignatureScheme.ECDSA_SECP256R1_SHA256);
        assertThrows(RuntimeException.class, () -> StepChecks.signature(wrong, verifier, RandomSources.system(), "x"));
    }

    @Test
    void theServerChainValidatesAndTheClientChainDoesNot() {
        PathValidator validator = new PathValidator(TrustAnchors.of(List.of(TestPki.ROOT)), ValidationPolicy.defaults(),
                Clock.systemUTC());
        assertDoesNotThrow(() -> StepChecks.chainValidation(validator));
    }
}
