package org.tlsref.crypto.testing;

import java.security.KeyPair;
import java.util.List;
import org.tlsref.api.registry.SignatureScheme;

/** For every signature scheme tlsref signs with, a key pair that fits it. */
public final class SchemeKeys {
    /** The schemes tlsref signs with (every supported scheme but the SHA-1 ones). */
    public static final List<SignatureScheme> SCHEMES = List.of(
            SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PKCS1_SHA384,
            SignatureScheme.RSA_PKCS1_SHA512, SignatureScheme.RSA_PSS_RSAE_SHA256,
            SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureScheme.RSA_PSS_RSAE_SHA512,
            SignatureScheme.RSA_PSS_PSS_SHA256, SignatureScheme.RSA_PSS_PSS_SHA384,
            SignatureScheme.RSA_PSS_PSS_SHA512, SignatureScheme.ECDSA_SECP256R1_SHA256,
            SignatureScheme.ECDSA_SECP384R1_SHA384, SignatureScheme.ECDSA_SECP521R1_SHA512,
            SignatureScheme.ED25519, SignatureScheme.ED448);

    private SchemeKeys() {
    }

    /** A key pair for {@code scheme}. */
    public static KeyPair keyFor(SignatureScheme scheme) {
        int code = scheme.code();
        if (code == 0x0809 || code == 0x080A || code == 0x080B) {
            return TestKeys.rsaPss();
        } else if (scheme.equals(SignatureScheme.ECDSA_SECP256R1_SHA256)) {
            return TestKeys.ec("secp256r1");
        } else if (scheme.equals(SignatureScheme.ECDSA_SECP384R1_SHA384)) {
            return TestKeys.ec("secp384r1");
        } else if (scheme.equals(SignatureScheme.ECDSA_SECP521R1_SHA512)) {
            return TestKeys.ec("secp521r1");
        } else if (scheme.equals(SignatureScheme.ED25519)) {
            return TestKeys.ed25519();
        } else if (scheme.equals(SignatureScheme.ED448)) {
            return TestKeys.ed448();
        }
        return TestKeys.rsa();
    }
}
