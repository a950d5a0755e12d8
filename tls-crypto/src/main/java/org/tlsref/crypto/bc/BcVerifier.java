package org.tlsref.crypto.bc;

import java.security.PublicKey;
import java.security.interfaces.ECKey;
import org.bouncycastle.crypto.RuntimeCryptoException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.asymmetric.EcdsaSignatureEncoding;
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureDefinition.Ecdsa;
import org.tlsref.crypto.asymmetric.SignatureKeys;

/**
 * Verifies with Bouncy Castle's lightweight signers, after the same backend-neutral checks as the
 * JCA backend ({@link SignatureKeys}, {@link EcdsaSignatureEncoding}).
 */
final class BcVerifier implements Verifier {
    private final SignatureDefinition definition;
    private final SignaturePolicy policy;
    private final BcKeyCache keys;

    /** A verifier that reads public keys through {@code keys}. */
    BcVerifier(SignatureScheme scheme, SignaturePolicy policy, BcKeyCache keys) {
        this.definition = SignatureKeys.forVerifying(scheme, policy);
        this.policy = policy;
        this.keys = keys;
    }

    @Override
    public SignatureScheme scheme() {
        return definition.scheme();
    }

    @Override
    public void verify(PublicKey key, Bytes message, Bytes signature) {
        SignatureKeys.checkVerificationKey(definition, key, policy);
        SignatureKeys.checkSignatureLength(definition, key, signature);
        if (definition instanceof Ecdsa) {
            EcdsaSignatureEncoding.decode(signature, SignatureKeys.curveOf((ECKey) key).order());
        }
        AsymmetricKeyParameter publicKey;
        try {
            publicKey = keys.publicKey(key);
        } catch (IllegalArgumentException e) {
            throw new TlsAlert(CryptoFailure.SIGNATURE_SCHEME_MISMATCH,
                    definition.scheme() + ": unreadable public key", e);
        }
        boolean valid;
        try {
            org.bouncycastle.crypto.Signer verifier =
                    BcSignatureEngines.forVerifying(definition, publicKey);
            byte[] bytes = message.toByteArray();
            verifier.update(bytes, 0, bytes.length);
            valid = verifier.verifySignature(signature.toByteArray());
        } catch (RuntimeCryptoException | IllegalArgumentException | IllegalStateException e) {
            throw new TlsAlert(CryptoFailure.BAD_SIGNATURE,
                    definition.scheme() + ": malformed signature", e);
        }
        if (!valid) {
            throw new TlsAlert(CryptoFailure.BAD_SIGNATURE,
                    definition.scheme() + ": signature does not verify");
        }
    }
}
