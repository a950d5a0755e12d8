package org.tlsref.crypto.bc;

import java.security.PrivateKey;
import java.util.function.Function;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureKeys;

/** Signs with Bouncy Castle's lightweight signers ({@link BcSignatureEngines}). */
final class BcSigner implements Signer {
    private final SignatureDefinition definition;
    private final AsymmetricKeyParameter key;
    private final BcSignatureEngines.Nonce nonce;

    private BcSigner(SignatureDefinition definition, AsymmetricKeyParameter key,
            BcSignatureEngines.Nonce nonce) {
        this.definition = definition;
        this.key = key;
        this.nonce = nonce;
    }

    /**
     * A signer after the scheme and the key have accepted each other; {@code conversion} gives
     * the key's lightweight form ({@link BcKeys#privateKey} or a {@link BcKeyCache}).
     *
     * @throws IllegalArgumentException naming why they do not fit
     */
    static Signer create(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy,
            BcSignatureEngines.Nonce nonce,
            Function<PrivateKey, AsymmetricKeyParameter> conversion) {
        SignatureDefinition definition = SignatureKeys.forSigning(scheme);
        SignatureKeys.checkSigningKey(definition, key, policy);
        return new BcSigner(definition, conversion.apply(key), nonce);
    }

    @Override
    public SignatureScheme scheme() {
        return definition.scheme();
    }

    @Override
    public Bytes sign(Bytes message, RandomSource random) {
        org.bouncycastle.crypto.Signer signer =
                BcSignatureEngines.forSigning(definition, key, random, nonce);
        byte[] bytes = message.toByteArray();
        signer.update(bytes, 0, bytes.length);
        try {
            return Bytes.of(signer.generateSignature());
        } catch (CryptoException | RuntimeException e) {
            throw new IllegalStateException(definition.scheme() + ": signing failed", e);
        }
    }
}
