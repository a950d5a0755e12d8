package org.tlsref.crypto;

/**
 * Which signature rules a signer or verifier applies beyond the scheme itself: the protocol
 * version's binding of ECDSA curves to schemes, and whether legacy SHA-1 schemes are accepted.
 *
 * <p>A value rather than a flag, so that accepting SHA-1 is always a visible, explicit opt-in.
 * Signing with SHA-1 is refused under every policy.
 */
public enum SignaturePolicy {
    /**
     * RFC 8446 §4.2.3: "ecdsa_secp256r1_sha256" and its siblings name the curve as well as the
     * hash, so the key's curve must be the scheme's; SHA-1 schemes are refused ("SHA-1 ... MUST
     * NOT be offered or negotiated by any implementation" for signatures in CertificateVerify).
     */
    TLS13,
    /**
     * RFC 5246 §7.4.1.4.1 with RFC 8422 §5.10: in TLS 1.2 the code point names a hash and ECDSA,
     * and any supported curve may carry it; SHA-1 schemes are refused.
     */
    TLS12,
    /**
     * {@link #TLS12} plus verification of rsa_pkcs1_sha1 and ecdsa_sha1 (RFC 5246 §7.4.1.4.1), for
     * peers that still sign with SHA-1. Legacy: an explicit opt-in, never a default.
     */
    TLS12_ACCEPT_SHA1;

    /** True when the ECDSA key's curve must be the one the scheme names (TLS 1.3). */
    public boolean bindsEcdsaCurveToScheme() {
        return this == TLS13;
    }

    /** True when SHA-1 signatures may be verified (never signed). */
    public boolean acceptsSha1Verification() {
        return this == TLS12_ACCEPT_SHA1;
    }
}
