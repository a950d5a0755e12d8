package org.tlsref.crypto.pki;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/**
 * Why a peer's certificate chain, or the identity in it, was rejected, and the alert that sends.
 *
 * <p>The alerts follow the definitions of RFC 8446 §6.2 (the same as RFC 5246 §7.2), applied
 * by one rule each:
 * <ul>
 *   <li>bad_certificate: "A certificate was corrupt, contained signatures that did not verify
 *       correctly, etc." — the bytes or the cryptography are wrong, and RFC 8446 §4.4.2.4 also
 *       names it for MD5 and SHA-1 signatures;
 *   <li>unsupported_certificate: "A certificate was of an unsupported type" — well formed, but
 *       a key, algorithm or extension this endpoint will not use; RFC 8446 §4.4.2.2 makes it the
 *       default when no acceptable chain can be built;
 *   <li>certificate_expired: "A certificate has expired or is not currently valid";
 *   <li>unknown_ca: no certificate acting as a CA links the chain to a trust anchor ("the CA
 *       certificate could not be located or could not be matched with a known trust anchor");
 *   <li>certificate_unknown: "Some other (unspecified) issue arose in processing the
 *       certificate, rendering it unacceptable" — a valid certificate used outside what its
 *       extensions or its CA allow.
 * </ul>
 * Revocation (certificate_revoked) is not checked: no CRL or OCSP source is configured.
 */
public enum CertificateFailure implements AlertReason {
    /**
     * RFC 8446 §4.4.2.4: "If the server supplies an empty Certificate message, the client MUST
     * abort the handshake with a "decode_error" alert." A server that accepts an empty client
     * Certificate (no client authentication) decides so before asking for validation.
     */
    EMPTY_CHAIN(AlertDescription.DECODE_ERROR),
    /**
     * RFC 5280 §4.1: the bytes are not one DER-encoded X.509 Certificate (truncated, trailing
     * bytes, a field or an extension that does not parse). bad_certificate: "corrupt".
     */
    MALFORMED(AlertDescription.BAD_CERTIFICATE),
    /**
     * RFC 5280 §6.1.3 (a)(1): the signature does not verify with the issuer's public key.
     * bad_certificate: "contained signatures that did not verify correctly".
     */
    BAD_SIGNATURE(AlertDescription.BAD_CERTIFICATE),
    /**
     * RFC 8446 §4.4.2.4: "Any endpoint receiving any certificate which it would need to validate
     * using any signature algorithm using an MD5 hash MUST abort the handshake with a
     * "bad_certificate" alert"; the same is RECOMMENDED for SHA-1. Signatures of trust anchors
     * are never checked, so an old root is no problem.
     */
    WEAK_SIGNATURE_ALGORITHM(AlertDescription.BAD_CERTIFICATE),
    /**
     * RFC 8446 §4.2.3 and §4.4.2.2: a signature algorithm this endpoint does not know or its
     * {@link ValidationPolicy} does not allow. unsupported_certificate, the default of §4.4.2.2.
     */
    UNSUPPORTED_SIGNATURE_ALGORITHM(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /**
     * RFC 8446 §4.4.2.2: a public key that is not RSA, RSASSA-PSS, EC on a supported curve,
     * Ed25519 or Ed448 ("currently RSA, ECDSA, or EdDSA"). unsupported_certificate.
     */
    UNSUPPORTED_KEY_TYPE(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /**
     * {@link ValidationPolicy#minimumRsaBits()} / {@link ValidationPolicy#minimumEcBits()}: a key
     * too small to trust (RSA-1024). Well formed but not acceptable, so unsupported_certificate
     * as RFC 8446 §4.4.2.2 defaults; insufficient_security is a negotiation outcome, not this.
     */
    KEY_TOO_SMALL(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /** RFC 5280 §6.1.3 (a)(2): the current time is after notAfter. certificate_expired. */
    EXPIRED(AlertDescription.CERTIFICATE_EXPIRED),
    /**
     * RFC 5280 §6.1.3 (a)(2): the current time is before notBefore. certificate_expired: "has
     * expired or is not currently valid".
     */
    NOT_YET_VALID(AlertDescription.CERTIFICATE_EXPIRED),
    /**
     * RFC 5280 §6.1: no chain of issuer names from the leaf reaches a configured trust anchor
     * (an intermediate is missing, or the root is not trusted). unknown_ca.
     */
    UNKNOWN_ISSUER(AlertDescription.UNKNOWN_CA),
    /**
     * RFC 5280 §6.1: the leaf is self-issued and is not itself a trust anchor, so nothing
     * vouches for it. unknown_ca, as for any missing issuer.
     */
    UNTRUSTED_SELF_SIGNED(AlertDescription.UNKNOWN_CA),
    /**
     * {@link ValidationPolicy#maximumIntermediates()}: the only paths to a trust anchor are
     * longer than this endpoint follows. unknown_ca: no acceptable CA was located.
     */
    PATH_TOO_LONG(AlertDescription.UNKNOWN_CA),
    /**
     * RFC 5280 §6.1.4 (k): an issuing certificate without basicConstraints cA=TRUE (or a version
     * 1 or 2 certificate, which this implementation never accepts as a CA). It cannot act as a
     * CA, so no CA links the chain: unknown_ca.
     */
    NOT_A_CA(AlertDescription.UNKNOWN_CA),
    /**
     * RFC 5280 §6.1.4 (l) and (m): more CA certificates below a CA than its pathLenConstraint
     * allows. The deepest CA is not a CA for this path: unknown_ca.
     */
    PATH_LENGTH_EXCEEDED(AlertDescription.UNKNOWN_CA),
    /**
     * RFC 5280 §6.1.4 (n): an issuing certificate whose keyUsage lacks keyCertSign. Its key may
     * not sign certificates, so it is no CA for this path: unknown_ca.
     */
    CA_WITHOUT_KEY_CERT_SIGN(AlertDescription.UNKNOWN_CA),
    /**
     * RFC 5280 §6.1.3 (b) and (c): a subjectAltName dNSName or iPAddress outside a CA's
     * permitted subtrees or inside its excluded subtrees (§4.2.1.10). The certificate is valid
     * but its CA may not vouch for that name: certificate_unknown.
     */
    NAME_CONSTRAINT_VIOLATION(AlertDescription.CERTIFICATE_UNKNOWN),
    /**
     * RFC 5280 §4.2.1.10: "If a name constraints extension that is marked as critical imposes
     * constraints on a particular name form, and an instance of that name form appears in the
     * subject field or subjectAltName extension of a subsequent certificate, then the
     * application MUST either process the constraint or reject the certificate." Only dNSName
     * and iPAddress constraints are processed. unsupported_certificate.
     */
    UNSUPPORTED_NAME_CONSTRAINT(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /**
     * RFC 5280 §4.2: "A certificate-using system MUST reject the certificate if it encounters a
     * critical extension it does not recognize"; §6.1.4 (o), §6.1.5 (f). unsupported_certificate.
     */
    UNKNOWN_CRITICAL_EXTENSION(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /**
     * RFC 5280 §4.2.1.12: "If the extension is present, then the certificate MUST only be used
     * for one of the purposes indicated" — serverAuth for a server, clientAuth for a client. A
     * valid certificate for another purpose: certificate_unknown.
     */
    WRONG_EXTENDED_KEY_USAGE(AlertDescription.CERTIFICATE_UNKNOWN),
    /**
     * RFC 8446 §4.4.2.2: "the digitalSignature bit MUST be set if the Key Usage extension is
     * present"; RFC 5280 §4.2.1.3 keyEncipherment for TLS 1.2 RSA key transport. A valid
     * certificate whose key may not be used this way: certificate_unknown.
     */
    KEY_USAGE_NOT_ALLOWED(AlertDescription.CERTIFICATE_UNKNOWN),
    /**
     * RFC 9525 §6.6: when no presented identifier matches, the client "SHOULD terminate the
     * communication attempt with a bad certificate error": bad_certificate. (certificate_unknown
     * would also fit RFC 8446 §6.2; RFC 9525 is the more specific rule.)
     */
    HOST_MISMATCH(AlertDescription.BAD_CERTIFICATE);

    private final AlertDescription description;

    CertificateFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
