package org.tlsref.crypto.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Finds candidate certification paths from a peer's leaf to a trust anchor (RFC 4158), before
 * RFC 5280 §6.1 validates them. TLS peers send the leaf first but may send the rest in any
 * order, with extra or missing certificates (RFC 8446 §4.4.2: "any certificates that are not
 * needed ... may be ignored"), so the certificates after the leaf are a pool, searched depth
 * first in the order received.
 *
 * <p>A certificate may have issued another when its subject is the other's issuer name
 * (compared as RFC 5280 §7.1 distinguished names) and, when both carry them, its
 * subjectKeyIdentifier equals the other's authorityKeyIdentifier keyIdentifier (RFC 4158 §3.5.12).
 * Signatures are checked later, by validation. The search is bounded, so a hostile pool of
 * look-alike certificates cannot make it run long.
 */
final class PathBuilder {
    /** The most candidate paths handed to validation. */
    static final int MAX_CANDIDATES = 8;
    /** The most path extensions tried in one search. */
    static final int SEARCH_BUDGET = 256;

    /** A candidate path: leaf first, then intermediates, and the anchor that issued the last. */
    record Candidate(List<X509Certificate> certificates, X509Certificate anchor) {
        Candidate {
            certificates = List.copyOf(certificates);
        }
    }

    private final TrustAnchors anchors;
    private final List<X509Certificate> pool;
    private final int maximumIntermediates;
    private final List<Candidate> found = new ArrayList<>();
    private int budget = SEARCH_BUDGET;
    private boolean cutByLength;
    private X509Certificate deepest;
    private int deepestLength;

    private PathBuilder(CertificateChain chain, TrustAnchors anchors, int maximumIntermediates) {
        List<X509Certificate> received = chain.certificates();
        LinkedHashSet<X509Certificate> pool = new LinkedHashSet<>(received.subList(1, received.size()));
        pool.remove(chain.leaf());
        pool.removeIf(anchors::contains);
        this.pool = List.copyOf(pool);
        this.anchors = anchors;
        this.maximumIntermediates = maximumIntermediates;
        this.deepest = chain.leaf();
    }

    /**
     * The candidate paths for {@code chain}, most direct first.
     *
     * @throws Rejection UNTRUSTED_SELF_SIGNED, PATH_TOO_LONG or UNKNOWN_ISSUER when none exists
     */
    static List<Candidate> candidates(CertificateChain chain, TrustAnchors anchors, int maximumIntermediates)
            throws Rejection {
        PathBuilder builder = new PathBuilder(chain, anchors, maximumIntermediates);
        List<X509Certificate> path = new ArrayList<>(List.of(chain.leaf()));
        builder.extend(path);
        if (builder.found.isEmpty()) {
            throw builder.noPath(chain.leaf());
        }
        return List.copyOf(builder.found);
    }

    private void extend(List<X509Certificate> path) {
        X509Certificate top = path.get(path.size() - 1);
        if (path.size() > deepestLength) {
            deepestLength = path.size();
            deepest = top;
        }
        for (X509Certificate anchor : anchors.issuersOf(top)) {
            if (found.size() < MAX_CANDIDATES) {
                found.add(new Candidate(path, anchor));
            }
        }
        for (X509Certificate next : pool) {
            if (found.size() >= MAX_CANDIDATES || budget == 0) {
                return;
            }
            if (path.contains(next) || !mayHaveIssued(next, top)) {
                continue;
            }
            if (path.size() > maximumIntermediates) {
                cutByLength = true;
                continue;
            }
            budget--;
            path.add(next);
            extend(path);
            path.remove(path.size() - 1);
        }
    }

    private Rejection noPath(X509Certificate leaf) {
        if (cutByLength) {
            return new Rejection(CertificateFailure.PATH_TOO_LONG, "every path from "
                    + X509Extensions.subject(leaf) + " needs more than " + maximumIntermediates + " intermediates");
        }
        if (deepest == leaf && X509Extensions.selfIssued(leaf)) {
            return new Rejection(CertificateFailure.UNTRUSTED_SELF_SIGNED,
                    X509Extensions.subject(leaf) + " is self-issued and not a trust anchor");
        }
        return new Rejection(CertificateFailure.UNKNOWN_ISSUER, "no trust anchor or certificate in the chain"
                + " issued " + X509Extensions.subject(deepest) + " (issuer '"
                + deepest.getIssuerX500Principal().getName() + "')");
    }

    /** Whether {@code issuer} may have issued {@code subject}: names, then key identifiers. */
    static boolean mayHaveIssued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        Optional<byte[]> authorityKeyId = authorityKeyIdentifier(subject);
        Optional<byte[]> subjectKeyId = subjectKeyIdentifier(issuer);
        return authorityKeyId.isEmpty() || subjectKeyId.isEmpty()
                || Arrays.equals(authorityKeyId.get(), subjectKeyId.get());
    }

    /** RFC 5280 §4.2.1.1 keyIdentifier; empty when absent or unreadable (it only guides the search). */
    private static Optional<byte[]> authorityKeyIdentifier(X509Certificate certificate) {
        try {
            return X509Extensions.value(certificate, X509Extensions.AUTHORITY_KEY_IDENTIFIER)
                    .map(value -> AuthorityKeyIdentifier.getInstance(value).getKeyIdentifier());
        } catch (Rejection | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** RFC 5280 §4.2.1.2; empty when absent or unreadable. */
    private static Optional<byte[]> subjectKeyIdentifier(X509Certificate certificate) {
        try {
            return X509Extensions.value(certificate, X509Extensions.SUBJECT_KEY_IDENTIFIER)
                    .map(value -> SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
        } catch (Rejection | RuntimeException e) {
            return Optional.empty();
        }
    }
}
