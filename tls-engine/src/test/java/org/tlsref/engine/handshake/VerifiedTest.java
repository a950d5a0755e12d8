package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.FinishedMac;
import org.tlsref.engine.keyschedule.KeyScheduleFailure;
import org.tlsref.engine.keyschedule.TrafficSecret;

class VerifiedTest {
    private static final CryptoProvider PROVIDER = CryptoProviders.defaults();

    @Test
    void correctFinishedGivesTheProof() {
        TrafficSecret base = secret();
        Bytes hash = Bytes.zeros(32);
        assertNotNull(Verified.finished(base, hash, FinishedMac.verifyData(base, hash)));
    }

    @Test
    void wrongVerifyDataIsDecryptError() {
        TrafficSecret base = secret();
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> Verified.finished(base, Bytes.zeros(32), Bytes.zeros(32)));
        assertEquals(KeyScheduleFailure.BAD_FINISHED, alert.reason());
    }

    @Test
    void signatureThatVerifiesGivesTheProofWithItsScheme() throws Exception {
        KeyPair pair = p256();
        Bytes content = Bytes.ofUnsigned(1, 2, 3);
        Bytes signature = PROVIDER.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, pair.getPrivate())
                .sign(content, RandomSources.seeded(new byte[] {1}));
        Verified.Signature proof = Verified.signature(PROVIDER,
                SignatureScheme.ECDSA_SECP256R1_SHA256, pair.getPublic(), content, signature);
        assertEquals(SignatureScheme.ECDSA_SECP256R1_SHA256, proof.scheme());
    }

    @Test
    void signatureOverOtherContentIsDecryptError() throws Exception {
        KeyPair pair = p256();
        Bytes signature = PROVIDER.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, pair.getPrivate())
                .sign(Bytes.ofUnsigned(1), RandomSources.seeded(new byte[] {1}));
        TlsAlert alert = assertThrows(TlsAlert.class, () -> Verified.signature(PROVIDER,
                SignatureScheme.ECDSA_SECP256R1_SHA256, pair.getPublic(), Bytes.ofUnsigned(2),
                signature));
        assertEquals(CryptoFailure.BAD_SIGNATURE, alert.reason());
    }

    private static TrafficSecret secret() {
        return TrafficSecret.of(PROVIDER, CipherSuiteParameters.of(CipherSuite.TLS_AES_128_GCM_SHA256),
                Secret.of(new byte[32]));
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
