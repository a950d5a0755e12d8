package org.tlsref.crypto.pki;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.tlsref.api.TlsAlert;

/**
 * Validates a peer's certificate chain (RFC 8446 §4.4.2.4, RFC 5246 §7.4.2): builds candidate
 * paths to the trust anchors ({@link PathBuilder}) and runs RFC 5280 §6.1 basic path
 * validation on each, with the checks TLS adds (RFC 8446 §4.4.2.2, §4.4.2.4) and those of the
 * {@link ValidationPolicy}. The first candidate that passes is the result; when none passes,
 * the first candidate's failure is the alert.
 *
 * <p>The §6.1 steps are written as the RFC numbers them, processing the path from the
 * certificate the anchor issued (certificate 1) down to the leaf (certificate n). Not done:
 * revocation (§6.1.3 (a)(3), no CRL or OCSP source), certificate policy processing
 * (§6.1.3 (d)-(f), run with user-initial-policy-set any-policy; see {@link X509Extensions}),
 * constraints carried by trust anchors (RFC 5937). Beyond RFC 5280, as browsers do, an
 * extKeyUsage in a CA certificate limits the purposes of the certificates below it.
 *
 * <p>The time comes from the injected {@link Clock}, never from the system.
 */
public final class PathValidator {
    private final TrustAnchors anchors;
    private final ValidationPolicy policy;
    private final Clock clock;

    /** A validator trusting {@code anchors} under {@code policy}, reading the time from {@code clock}. */
    public PathValidator(TrustAnchors anchors, ValidationPolicy policy, Clock clock) {
        this.anchors = anchors;
        this.policy = policy;
        this.clock = clock;
    }

    /** {@link #validate(CertificateChain, Purpose, LeafKeyUse)} for a leaf key that signs. */
    public ValidatedPath validate(CertificateChain chain, Purpose purpose) {
        return validate(chain, purpose, LeafKeyUse.SIGNATURE);
    }

    /**
     * The valid path from {@code chain}'s leaf to a trust anchor, for {@code purpose} and with
     * the leaf key used as {@code use}.
     *
     * @throws TlsAlert with a {@link CertificateFailure} reason when no path is valid
     */
    public ValidatedPath validate(CertificateChain chain, Purpose purpose, LeafKeyUse use) {
        try {
            List<PathBuilder.Candidate> candidates =
                    PathBuilder.candidates(chain, anchors, policy.maximumIntermediates());
            Instant now = clock.instant();
            List<Rejection> rejections = new ArrayList<>();
            for (PathBuilder.Candidate candidate : candidates) {
                try {
                    return validate(candidate, purpose, use, now);
                } catch (Rejection rejection) {
                    rejections.add(rejection);
                }
            }
            throw rejections.get(0);
        } catch (Rejection rejection) {
            throw rejection.toAlert();
        }
    }

    /** RFC 5280 §6.1 for one candidate path. */
    private ValidatedPath validate(PathBuilder.Candidate path, Purpose purpose, LeafKeyUse use, Instant now)
            throws Rejection {
        List<X509Certificate> leafFirst = path.certificates();
        int n = leafFirst.size();
        // §6.1.2: initialization from the trust anchor information.
        PublicKey workingPublicKey = path.anchor().getPublicKey();
        X500Principal workingIssuerName = path.anchor().getSubjectX500Principal();
        int maxPathLength = n;
        List<NameConstraintSet> constraints = new ArrayList<>();

        for (int i = 1; i <= n; i++) {
            X509Certificate certificate = leafFirst.get(n - i);
            boolean isFinal = i == n;
            basicCertificateProcessing(certificate, workingPublicKey, workingIssuerName, now, constraints, isFinal);
            if (isFinal) {
                break;
            }
            // §6.1.4: preparation for certificate i+1.
            workingIssuerName = certificate.getSubjectX500Principal();           // (c)
            workingPublicKey = certificate.getPublicKey();                       // (d)
            Optional<NameConstraintSet> constraint = NameConstraintSet.of(certificate);
            if (constraint.isPresent()) {
                constraints.add(constraint.get());                               // (g)
            }
            CertificateChecks.actsAsCa(certificate);                             // (k)
            maxPathLength = pathLength(certificate, maxPathLength);              // (l), (m)
            CertificateChecks.mayIssueCertificates(certificate);                 // (n)
            CertificateChecks.criticalExtensions(certificate);                   // (o)
            CertificateChecks.extendedKeyUsage(certificate, purpose);            // policy: EKU chaining
        }
        // §6.1.5: wrap-up on the leaf, then what TLS asks of it.
        X509Certificate leaf = leafFirst.get(0);
        CertificateChecks.criticalExtensions(leaf);                              // (f)
        CertificateChecks.extendedKeyUsage(leaf, purpose);                       // RFC 5280 §4.2.1.12
        CertificateChecks.keyUsage(leaf, use);                                   // RFC 8446 §4.4.2.2
        AltNames.of(leaf);                                                       // names must parse
        return new ValidatedPath(leafFirst, path.anchor(), purpose);
    }

    /** RFC 5280 §6.1.3: basic certificate processing of certificate i. */
    private void basicCertificateProcessing(X509Certificate certificate, PublicKey workingPublicKey,
            X500Principal workingIssuerName, Instant now, List<NameConstraintSet> constraints, boolean isFinal)
            throws Rejection {
        CertificateChecks.signatureAlgorithm(certificate, policy);               // RFC 8446 §4.4.2.4
        CertificateChecks.signature(certificate, workingPublicKey);              // (a)(1)
        CertificateChecks.validity(certificate, now);                            // (a)(2)
        if (!certificate.getIssuerX500Principal().equals(workingIssuerName)) {   // (a)(4)
            throw new Rejection(CertificateFailure.UNKNOWN_ISSUER, X509Extensions.subject(certificate)
                    + " names issuer '" + certificate.getIssuerX500Principal().getName() + "', not '"
                    + workingIssuerName.getName() + "'");
        }
        if (isFinal || !X509Extensions.selfIssued(certificate)) {                // (b), (c)
            for (NameConstraintSet constraint : constraints) {
                constraint.check(certificate);
            }
        }
        CertificateChecks.publicKey(certificate, policy);                        // RFC 8446 §4.4.2.2
    }

    /**
     * RFC 5280 §6.1.4 (l): "If the certificate was not self-issued, verify that max_path_length
     * is greater than zero and decrement max_path_length by 1." (m): "If pathLenConstraint is
     * present in the certificate and is less than max_path_length, set max_path_length to the
     * value of pathLenConstraint."
     */
    private static int pathLength(X509Certificate certificate, int maxPathLength) throws Rejection {
        int remaining = maxPathLength;
        if (!X509Extensions.selfIssued(certificate)) {
            if (remaining <= 0) {
                throw new Rejection(CertificateFailure.PATH_LENGTH_EXCEEDED, X509Extensions.subject(certificate)
                        + " is a CA below the pathLenConstraint of a CA above it");
            }
            remaining--;
        }
        // getBasicConstraints() is the pathLenConstraint, or Integer.MAX_VALUE when absent.
        return Math.min(remaining, certificate.getBasicConstraints());
    }
}
