package org.tlsref.crypto.pki;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Proof that a peer's certificates form a valid path to a trust anchor for a purpose
 * (RFC 5280 §6.1.6 "success indication"). Only {@link PathValidator} creates one, so holding
 * one means validation ran; the leaf's public key is then the one to check CertificateVerify
 * with (RFC 8446 §4.4.3).
 */
public final class ValidatedPath {
    private final List<X509Certificate> certificates;
    private final X509Certificate trustAnchor;
    private final Purpose purpose;

    ValidatedPath(List<X509Certificate> certificates, X509Certificate trustAnchor, Purpose purpose) {
        this.certificates = List.copyOf(certificates);
        this.trustAnchor = trustAnchor;
        this.purpose = purpose;
    }

    /** The end-entity certificate. */
    public X509Certificate leaf() {
        return certificates.get(0);
    }

    /** The leaf's public key (RFC 5280 §6.1.6 working_public_key). */
    public PublicKey leafPublicKey() {
        return leaf().getPublicKey();
    }

    /** The path, leaf first, without the trust anchor; only the certificates it used. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The trust anchor the path ends at. */
    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    /** The purpose the path was validated for. */
    public Purpose purpose() {
        return purpose;
    }
}
