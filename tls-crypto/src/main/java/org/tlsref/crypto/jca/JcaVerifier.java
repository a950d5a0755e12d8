package org.tlsref.crypto.jca;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
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
 * Verifies on the JDK's providers, after the backend-neutral checks of {@link SignatureKeys} and
 * {@link EcdsaSignatureEncoding}, so both backends refuse the same inputs for the same reasons.
 */
final class JcaVerifier implements Verifier {
    private final SignatureDefinition definition;
    private final SignaturePolicy policy;

    JcaVerifier(SignatureScheme scheme, SignaturePolicy policy) {
        this.definition = SignatureKeys.forVerifying(scheme, policy);
        this.policy = policy;
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
        Signature verification = JcaSignatures.create(definition);
        try {
            verification.initVerify(key);
        } catch (InvalidKeyException e) {
            throw new TlsAlert(CryptoFailure.SIGNATURE_SCHEME_MISMATCH,
                    definition.scheme() + ": the provider refuses the key", e);
        }
        boolean valid;
        try {
            verification.update(message.toByteArray());
            valid = verification.verify(signature.toByteArray());
        } catch (GeneralSecurityException | ProviderException | IllegalArgumentException e) {
            throw new TlsAlert(CryptoFailure.BAD_SIGNATURE,
                    definition.scheme() + ": malformed signature", e);
        }
        if (!valid) {
            throw new TlsAlert(CryptoFailure.BAD_SIGNATURE,
                    definition.scheme() + ": signature does not verify");
        }
    }
}
