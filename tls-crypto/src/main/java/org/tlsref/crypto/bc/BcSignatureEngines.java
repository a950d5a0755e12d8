package org.tlsref.crypto.bc;

import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.DSAKCalculator;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed448Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.asymmetric.RandomSourceSecureRandom;
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdDsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdwardsCurve;
import org.tlsref.crypto.asymmetric.SignatureDefinition.Ecdsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPkcs1;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPss;
import org.tlsref.crypto.asymmetric.SignatureHash;

/**
 * The Bouncy Castle {@link Signer} for each scheme family (RFC 8446 §4.2.3): RSADigestSigner
 * (PKCS #1 v1.5 with DigestInfo), PSSSigner (MGF1 over the same hash, salt as long as the hash),
 * ECDSA with the DER encoding, Ed25519 and Ed448 without context.
 *
 * <p>Only protocol-visible randomness is drawn from the {@link RandomSource}: the PSS salt (drawn
 * here, exactly one hash length, as the JDK does) and the ECDSA nonce. RSA blinding uses Bouncy
 * Castle's own randomness, as the JDK's blinding does, so the injected stream is consumed the same
 * way by both backends.
 */
final class BcSignatureEngines {
    private BcSignatureEngines() {
    }

    /** How an ECDSA signer chooses its nonce k. */
    enum Nonce {
        /** k uniform in [1, n-1] from the injected RandomSource. */
        RANDOM,
        /** RFC 6979 §3.2 deterministic k, HMAC over the scheme's hash. */
        RFC6979
    }

    /** A signer initialised with {@code key} for signing. */
    static Signer forSigning(SignatureDefinition definition, CipherParameters key,
            RandomSource random, Nonce nonce) {
        Signer signer;
        CipherParameters parameters = key;
        if (definition instanceof RsaPss pss) {
            byte[] salt = random.nextBytes(pss.hash().length());
            signer = new PSSSigner(new RSABlindedEngine(), digest(pss.hash()), digest(pss.hash()),
                    salt);
        } else if (definition instanceof Ecdsa ecdsa) {
            DSAKCalculator k = nonce == Nonce.RFC6979
                    ? new HMacDSAKCalculator(digest(ecdsa.hash()))
                    : new RandomDSAKCalculator();
            signer = new DSADigestSigner(new ECDSASigner(k), digest(ecdsa.hash()));
            parameters = new ParametersWithRandom(key, new RandomSourceSecureRandom(random));
        } else {
            signer = common(definition);
        }
        signer.init(true, parameters);
        return signer;
    }

    /** A signer initialised with {@code key} for verification. */
    static Signer forVerifying(SignatureDefinition definition, CipherParameters key) {
        Signer signer;
        if (definition instanceof RsaPss pss) {
            signer = new PSSSigner(new RSABlindedEngine(), digest(pss.hash()), digest(pss.hash()),
                    pss.hash().length());
        } else if (definition instanceof Ecdsa ecdsa) {
            signer = new DSADigestSigner(new ECDSASigner(), digest(ecdsa.hash()));
        } else {
            signer = common(definition);
        }
        signer.init(false, key);
        return signer;
    }

    private static Signer common(SignatureDefinition definition) {
        if (definition instanceof RsaPkcs1 pkcs1) {
            return new RSADigestSigner(digest(pkcs1.hash()));
        }
        return ((EdDsa) definition).curve() == EdwardsCurve.ED25519
                ? new Ed25519Signer()
                : new Ed448Signer(new byte[0]);
    }

    /** A fresh digest for {@code hash}. */
    static Digest digest(SignatureHash hash) {
        return switch (hash) {
            case SHA1 -> new SHA1Digest();
            case SHA256 -> new SHA256Digest();
            case SHA384 -> new SHA384Digest();
            case SHA512 -> new SHA512Digest();
        };
    }
}
