package org.tlsref.engine.config;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.tlsref.crypto.pki.TrustAnchors;
import org.tlsref.crypto.pki.ValidationPolicy;

/**
 * Who this endpoint is and whom it trusts: the overview's "authenticate each other by exchanging
 * and validating digital certificates". Built and checked by {@link TlsConfig.Builder}.
 *
 * @param certifiedKeys this endpoint's identities; a server picks one per handshake by server
 *     name and signature algorithms, a client answers a CertificateRequest with one or none
 * @param trustAnchors the certificates a peer's chain must lead to; empty for none
 * @param validationPolicy what a peer's chain must satisfy beyond RFC 5280 §6.1
 * @param hostnameVerification whether a client checks the server's name in its certificate
 * @param clientAuthentication whether a server asks for a client certificate
 * @param certificateAuthorities whether a server's CertificateRequest names its trust anchors
 */
public record Authentication(List<CertifiedKey> certifiedKeys,
        List<X509Certificate> trustAnchors, ValidationPolicy validationPolicy,
        HostnameVerification hostnameVerification, ClientAuthentication clientAuthentication,
        CertificateAuthoritiesHint certificateAuthorities) {

    /** Copies the lists; rejects nulls. */
    public Authentication {
        certifiedKeys = List.copyOf(certifiedKeys);
        trustAnchors = List.copyOf(trustAnchors);
        Objects.requireNonNull(validationPolicy, "validationPolicy");
        Objects.requireNonNull(hostnameVerification, "hostnameVerification");
        Objects.requireNonNull(clientAuthentication, "clientAuthentication");
        Objects.requireNonNull(certificateAuthorities, "certificateAuthorities");
    }

    /**
     * The trust anchors as the validator takes them.
     *
     * @throws IllegalStateException when none are configured (the client and server factories
     *     check this before a handshake starts)
     */
    public TrustAnchors anchors() {
        if (trustAnchors.isEmpty()) {
            throw new IllegalStateException("no trust anchors configured");
        }
        return TrustAnchors.of(trustAnchors);
    }
}
