package org.tlsref.crypto.jca;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.asymmetric.RandomSourceSecureRandom;
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureKeys;

/**
 * Signs on the JDK's providers. PSS salts and ECDSA nonces come from the {@link RandomSource}
 * passed to {@link #sign}, through {@link RandomSourceSecureRandom}; the providers' RSA blinding
 * uses their own randomness, which never reaches the wire.
 */
final class JcaSigner implements Signer {
    private final SignatureDefinition definition;
    private final PrivateKey key;

    private JcaSigner(SignatureDefinition definition, PrivateKey key) {
        this.definition = definition;
        this.key = key;
    }

    /**
     * A signer after the scheme, the key and the provider have all accepted the pairing.
     *
     * @throws IllegalArgumentException naming why they do not fit
     */
    static Signer create(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        SignatureDefinition definition = SignatureKeys.forSigning(scheme);
        SignatureKeys.checkSigningKey(definition, key, policy);
        try {
            JcaSignatures.create(definition).initSign(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(scheme + ": the provider refuses the key", e);
        }
        return new JcaSigner(definition, key);
    }

    @Override
    public SignatureScheme scheme() {
        return definition.scheme();
    }

    @Override
    public Bytes sign(Bytes message, RandomSource random) {
        Signature signature = JcaSignatures.create(definition);
        try {
            signature.initSign(key, new RandomSourceSecureRandom(random));
            signature.update(message.toByteArray());
            return Bytes.of(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(definition.scheme() + ": signing failed", e);
        }
    }
}
