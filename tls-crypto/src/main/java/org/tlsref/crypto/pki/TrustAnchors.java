package org.tlsref.crypto.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.tlsref.api.codec.Bytes;

/**
 * The certificates this endpoint trusts without proof (RFC 5280 §6.1.1 (d)): each contributes
 * its subject name and public key as trust anchor information. Their own signature, validity
 * and extensions are not checked: trust in them is configuration, and RFC 8446 §4.4.2.2 notes
 * that trust anchors "MAY be signed with any algorithm".
 */
public final class TrustAnchors {
    private final List<X509Certificate> anchors;

    private TrustAnchors(List<X509Certificate> anchors) {
        this.anchors = anchors;
    }

    /**
     * Trust in {@code certificates}, duplicates removed.
     *
     * @throws IllegalArgumentException when empty
     */
    public static TrustAnchors of(List<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no trust anchor given");
        }
        return new TrustAnchors(List.copyOf(new LinkedHashSet<>(certificates)));
    }

    /** Trust in every certificate of a PEM file (see {@link Pem#certificates(Path)}). */
    public static TrustAnchors fromPem(Path file) {
        return of(Pem.certificates(file));
    }

    /** The anchors, in configuration order. */
    public List<X509Certificate> certificates() {
        return anchors;
    }

    /**
     * The DER subject names of the anchors: the DistinguishedName list of a
     * certificate_authorities extension (RFC 8446 §4.2.4) or TLS 1.2 CertificateRequest
     * (RFC 5246 §7.4.4).
     */
    public List<Bytes> distinguishedNames() {
        List<Bytes> names = new ArrayList<>();
        for (X509Certificate anchor : anchors) {
            names.add(Bytes.of(anchor.getSubjectX500Principal().getEncoded()));
        }
        return List.copyOf(names);
    }

    /** The anchors that may have issued {@code certificate}. */
    List<X509Certificate> issuersOf(X509Certificate certificate) {
        List<X509Certificate> issuers = new ArrayList<>();
        for (X509Certificate anchor : anchors) {
            if (PathBuilder.mayHaveIssued(anchor, certificate)) {
                issuers.add(anchor);
            }
        }
        return issuers;
    }

    /** Whether {@code certificate} is one of the anchors. */
    boolean contains(X509Certificate certificate) {
        return anchors.contains(certificate);
    }
}
