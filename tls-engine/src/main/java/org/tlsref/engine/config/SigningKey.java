package org.tlsref.engine.config;

import java.security.PrivateKey;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;

/**
 * The private half of a {@link CertifiedKey}: what signs this endpoint's CertificateVerify
 * (RFC 8446 §4.4.3). Usually a {@link PrivateKey} held in memory ({@link #of(PrivateKey)}); an
 * application may supply another implementation for a key it keeps elsewhere (a hardware token,
 * a signing service), or a test one that returns recorded signatures.
 */
public interface SigningKey {
    /**
     * The schemes this key signs under in TLS 1.3, most preferred first: RSASSA-PSS for RSA
     * keys (RFC 8446 §4.4.3: "RSA signatures MUST use an RSASSA-PSS algorithm"), the scheme
     * whose curve is the key's for ECDSA (RFC 8446 §4.2.3), EdDSA for Edwards keys; never SHA-1.
     */
    List<SignatureScheme> schemes();

    /**
     * The signature of {@code content} under {@code scheme}, one of {@link #schemes()}; PSS salts
     * and ECDSA nonces come from {@code random}, the configuration's source.
     */
    Bytes sign(SignatureScheme scheme, Bytes content, CryptoProvider provider,
            RandomSource random);

    /**
     * A key held in memory; its schemes follow from its type (RSA, RSASSA-PSS, EC on P-256,
     * P-384 or P-521, Ed25519, Ed448).
     *
     * @throws IllegalArgumentException for a key that fits no TLS 1.3 signature scheme
     */
    static SigningKey of(PrivateKey key) {
        return new PrivateSigningKey(key);
    }
}
