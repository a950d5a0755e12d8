package org.tlsref.crypto.asymmetric;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdDsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.Ecdsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.KeyOid;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPkcs1;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPss;

/**
 * Which keys and signature shapes fit which scheme, decided once for both backends on the
 * {@code java.security} key interfaces, before any provider sees the key: a misfit found while
 * signing is local configuration ({@link IllegalArgumentException}); found while verifying it is
 * the peer's fault ({@link TlsAlert}).
 */
public final class SignatureKeys {
    private static final String RSA = "RSA";
    private static final String RSASSA_PSS = "RSASSA-PSS";

    private SignatureKeys() {
    }

    /**
     * The definition to sign with; SHA-1 schemes are never used for signing.
     *
     * @throws IllegalArgumentException for a scheme tlsref does not sign with
     */
    public static SignatureDefinition forSigning(SignatureScheme scheme) {
        SignatureDefinition definition = SignatureDefinition.of(scheme)
                .orElseThrow(() -> new IllegalArgumentException("unsupported scheme " + scheme));
        if (definition.messageHash().equals(Optional.of(SignatureHash.SHA1))) {
            throw new IllegalArgumentException("refusing to sign with SHA-1: " + scheme);
        }
        return definition;
    }

    /**
     * The definition to verify with under {@code policy}; SHA-1 schemes only with
     * {@link SignaturePolicy#TLS12_ACCEPT_SHA1}.
     *
     * @throws IllegalArgumentException for a scheme tlsref does not verify under the policy
     */
    public static SignatureDefinition forVerifying(SignatureScheme scheme, SignaturePolicy policy) {
        SignatureDefinition definition = SignatureDefinition.of(scheme)
                .orElseThrow(() -> new IllegalArgumentException("unsupported scheme " + scheme));
        if (definition.messageHash().equals(Optional.of(SignatureHash.SHA1))
                && !policy.acceptsSha1Verification()) {
            throw new IllegalArgumentException(scheme + " needs the explicit SHA-1 opt-in, "
                    + SignaturePolicy.TLS12_ACCEPT_SHA1);
        }
        return definition;
    }

    /**
     * Checks that a local private key fits the scheme.
     *
     * @throws IllegalArgumentException naming the misfit
     */
    public static void checkSigningKey(SignatureDefinition definition, PrivateKey key,
            SignaturePolicy policy) {
        misfit(definition, key, policy).ifPresent(reason -> {
            throw new IllegalArgumentException(definition.scheme() + ": " + reason);
        });
    }

    /**
     * Checks that a peer's public key fits the scheme (RFC 8446 §4.4.2.2, §4.2.3).
     *
     * @throws TlsAlert with {@link CryptoFailure#SIGNATURE_SCHEME_MISMATCH} naming the misfit
     */
    public static void checkVerificationKey(SignatureDefinition definition, PublicKey key,
            SignaturePolicy policy) {
        misfit(definition, key, policy).ifPresent(reason -> {
            throw new TlsAlert(CryptoFailure.SIGNATURE_SCHEME_MISMATCH,
                    definition.scheme() + ": " + reason);
        });
    }

    /**
     * Checks the fixed length of RSA and EdDSA signatures before a provider parses them:
     * RFC 8017 §8.1.2 and §8.2.2 step 1 ("If the length of the signature S is not k octets,
     * output 'invalid signature'"), RFC 8032 §5.1.7 and §5.2.7 (64 and 114 bytes). ECDSA
     * signatures are checked by {@link EcdsaSignatureEncoding#decode}.
     *
     * @throws TlsAlert with {@link CryptoFailure#BAD_SIGNATURE} for a wrong length
     */
    public static void checkSignatureLength(SignatureDefinition definition, PublicKey key,
            Bytes signature) {
        int expected;
        if (definition instanceof EdDsa edDsa) {
            expected = edDsa.curve().signatureLength();
        } else if (key instanceof RSAKey rsa) {
            expected = (rsa.getModulus().bitLength() + 7) / 8;
        } else {
            return;
        }
        if (signature.length() != expected) {
            throw new TlsAlert(CryptoFailure.BAD_SIGNATURE, definition.scheme() + ": signature of "
                    + signature.length() + " bytes, expected " + expected);
        }
    }

    /** The curve of an ECDSA key that {@link #misfit} accepted. */
    public static NistCurve curveOf(ECKey key) {
        return NistCurve.of(key.getParams())
                .orElseThrow(() -> new IllegalArgumentException("unsupported curve"));
    }

    private static Optional<String> misfit(SignatureDefinition definition, Key key,
            SignaturePolicy policy) {
        if (definition instanceof RsaPkcs1) {
            return rsaMisfit(key, RSA);
        }
        if (definition instanceof RsaPss pss) {
            return pssMisfit(pss, key);
        }
        if (definition instanceof Ecdsa ecdsa) {
            return ecdsaMisfit(ecdsa, key, policy);
        }
        return edDsaMisfit((EdDsa) definition, key);
    }

    private static Optional<String> rsaMisfit(Key key, String algorithm) {
        if (!(key instanceof RSAKey) || !algorithm.equalsIgnoreCase(key.getAlgorithm())) {
            return Optional.of("needs an RSA key with algorithm " + algorithm + ", got "
                    + key.getAlgorithm());
        }
        return Optional.empty();
    }

    /**
     * RFC 8446 §4.2.3: the key's OID matches rsae or pss; for a PSS key with parameters, "the
     * parameters in the signature MUST be identical to those in the public key"; and the modulus
     * is long enough for the salt (RFC 8017 §9.1.1 step 3: emLen ≥ hLen + sLen + 2).
     */
    private static Optional<String> pssMisfit(RsaPss pss, Key key) {
        String algorithm = pss.keyOid() == KeyOid.RSASSA_PSS ? RSASSA_PSS : RSA;
        Optional<String> wrongType = rsaMisfit(key, algorithm);
        if (wrongType.isPresent()) {
            return wrongType;
        }
        RSAKey rsa = (RSAKey) key;
        AlgorithmParameterSpec parameters = rsa.getParams();
        if (parameters instanceof PSSParameterSpec spec && !matches(spec, pss.hash())) {
            return Optional.of("the key's RSASSA-PSS parameters differ from the scheme's");
        }
        int emLength = (rsa.getModulus().bitLength() - 1 + 7) / 8;
        if (emLength < 2 * pss.hash().length() + 2) {
            return Optional.of("RSA modulus too short for a " + pss.hash().length()
                    + "-byte salt");
        }
        return Optional.empty();
    }

    private static boolean matches(PSSParameterSpec spec, SignatureHash hash) {
        return spec.getDigestAlgorithm().equalsIgnoreCase(hash.standardName())
                && "MGF1".equalsIgnoreCase(spec.getMGFAlgorithm())
                && spec.getMGFParameters() instanceof MGF1ParameterSpec mgf
                && mgf.getDigestAlgorithm().equalsIgnoreCase(hash.standardName())
                && spec.getSaltLength() == hash.length()
                && spec.getTrailerField() == PSSParameterSpec.TRAILER_FIELD_BC;
    }

    private static Optional<String> ecdsaMisfit(Ecdsa ecdsa, Key key, SignaturePolicy policy) {
        if (!(key instanceof ECKey ec)) {
            return Optional.of("needs an EC key, got " + key.getAlgorithm());
        }
        Optional<NistCurve> curve = NistCurve.of(ec.getParams());
        if (curve.isEmpty()) {
            return Optional.of("the key is not on secp256r1, secp384r1 or secp521r1");
        }
        Optional<NistCurve> bound = ecdsa.tls13Curve();
        if (policy.bindsEcdsaCurveToScheme() && bound.isPresent() && !bound.equals(curve)) {
            return Optional.of("TLS 1.3 binds the scheme to " + bound.get().standardName()
                    + ", the key is on " + curve.get().standardName());
        }
        return Optional.empty();
    }

    private static Optional<String> edDsaMisfit(EdDsa edDsa, Key key) {
        String name = edDsa.curve().standardName();
        boolean fits = key instanceof EdECKey ed
                ? name.equalsIgnoreCase(ed.getParams().getName())
                : name.equalsIgnoreCase(key.getAlgorithm());
        return fits ? Optional.empty() : Optional.of("needs an " + name + " key, got "
                + key.getAlgorithm());
    }
}
