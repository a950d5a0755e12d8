package org.tlsref.crypto.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.SignaturePolicy;

/** The signature policy reaches the backends through every CryptoProvider. */
class CryptoProviderPolicyTest {
    private static final Bytes MESSAGE = Bytes.ofUnsigned(0x74, 0x6c, 0x73);

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sha1VerificationNeedsTheExplicitOptIn(Backend backend) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Signature jdk = Signature.getInstance("SHA1withRSA");
        jdk.initSign(pair.getPrivate());
        jdk.update(MESSAGE.toByteArray());
        Bytes signature = Bytes.of(jdk.sign());

        for (CryptoProvider provider : new CryptoProvider[] {backend.provider(), CryptoProviders.only(backend)}) {
            provider.verifier(SignatureScheme.RSA_PKCS1_SHA1, SignaturePolicy.TLS12_ACCEPT_SHA1)
                    .verify(pair.getPublic(), MESSAGE, signature);
            assertThrows(IllegalArgumentException.class,
                    () -> provider.verifier(SignatureScheme.RSA_PKCS1_SHA1));
            TlsAlert tampered = assertThrows(TlsAlert.class,
                    () -> provider.verifier(SignatureScheme.RSA_PKCS1_SHA1, SignaturePolicy.TLS12_ACCEPT_SHA1)
                            .verify(pair.getPublic(), Bytes.ofUnsigned(0x00), signature));
            assertEquals("BAD_SIGNATURE", tampered.reason().name());
        }
    }
}
