package org.tlsref.crypto.asymmetric;

import java.util.Optional;
import org.tlsref.api.registry.SignatureScheme;

/**
 * What a signature scheme code point means (RFC 8446 §4.2.3): the algorithm family, its hash and
 * the key it needs. One record per family; backends dispatch on the record type.
 */
public sealed interface SignatureDefinition {
    /** The code point. */
    SignatureScheme scheme();

    /** The hash applied to the message before the signature primitive; none for PureEdDSA. */
    Optional<SignatureHash> messageHash();

    /**
     * RSASSA-PKCS1-v1_5 (RFC 8017 §8.2) with DigestInfo over {@code hash}; keys use the
     * rsaEncryption OID.
     */
    record RsaPkcs1(SignatureScheme scheme, SignatureHash hash) implements SignatureDefinition {
        @Override
        public Optional<SignatureHash> messageHash() {
            return Optional.of(hash);
        }
    }

    /**
     * RSASSA-PSS (RFC 8017 §8.1) with MGF1 over the same hash and a salt as long as the hash
     * (RFC 8446 §4.2.3). {@code pssKey} distinguishes rsa_pss_pss_* (a key with the RSASSA-PSS
     * OID) from rsa_pss_rsae_* (a key with the rsaEncryption OID).
     */
    record RsaPss(SignatureScheme scheme, SignatureHash hash, KeyOid keyOid)
            implements SignatureDefinition {
        @Override
        public Optional<SignatureHash> messageHash() {
            return Optional.of(hash);
        }
    }

    /**
     * ECDSA (ANSI X9.62, FIPS 186-4) over {@code hash}, the signature a DER ECDSA-Sig-Value.
     * In TLS 1.3 the scheme also names the curve (see {@link #tls13Curve()}).
     */
    record Ecdsa(SignatureScheme scheme, SignatureHash hash) implements SignatureDefinition {
        @Override
        public Optional<SignatureHash> messageHash() {
            return Optional.of(hash);
        }

        /**
         * The curve a TLS 1.3 key must be on: secp256r1 for SHA-256, secp384r1 for SHA-384,
         * secp521r1 for SHA-512 (RFC 8446 §4.2.3); none for ecdsa_sha1.
         */
        public Optional<NistCurve> tls13Curve() {
            return switch (hash) {
                case SHA256 -> Optional.of(NistCurve.SECP256R1);
                case SHA384 -> Optional.of(NistCurve.SECP384R1);
                case SHA512 -> Optional.of(NistCurve.SECP521R1);
                case SHA1 -> Optional.empty();
            };
        }
    }

    /** PureEdDSA (RFC 8032 §5.1, §5.2), without context (RFC 8446 §4.2.3). */
    record EdDsa(SignatureScheme scheme, EdwardsCurve curve) implements SignatureDefinition {
        @Override
        public Optional<SignatureHash> messageHash() {
            return Optional.empty();
        }
    }

    /** Which OID an RSA key must carry for an RSASSA-PSS scheme (RFC 8446 §4.2.3). */
    enum KeyOid {
        /** rsa_pss_rsae_*: rsaEncryption (RFC 5280); the key's algorithm is "RSA". */
        RSA_ENCRYPTION,
        /** rsa_pss_pss_*: id-RSASSA-PSS (RFC 5756); the key's algorithm is "RSASSA-PSS". */
        RSASSA_PSS
    }

    /** The two Edwards curves of RFC 8032, with their key and signature lengths. */
    enum EdwardsCurve {
        /** Ed25519: 32-byte public keys, 64-byte signatures (RFC 8032 §5.1). */
        ED25519("Ed25519", 64),
        /** Ed448: 57-byte public keys, 114-byte signatures (RFC 8032 §5.2). */
        ED448("Ed448", 114);

        private final String standardName;
        private final int signatureLength;

        EdwardsCurve(String standardName, int signatureLength) {
            this.standardName = standardName;
            this.signatureLength = signatureLength;
        }

        /** "Ed25519" or "Ed448", as the JCA and RFC 8410 name them. */
        public String standardName() {
            return standardName;
        }

        /** The fixed signature length in bytes. */
        public int signatureLength() {
            return signatureLength;
        }
    }

    /** The definition of {@code scheme}, if tlsref implements it. */
    static Optional<SignatureDefinition> of(SignatureScheme scheme) {
        return Optional.ofNullable(Table.DEFINITIONS.get(scheme));
    }
}
