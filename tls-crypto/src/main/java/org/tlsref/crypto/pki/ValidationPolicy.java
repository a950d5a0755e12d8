package org.tlsref.crypto.pki;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What this endpoint demands of a peer's certificates beyond RFC 5280 §6.1: the signature
 * algorithms it accepts on certificates (RFC 8446 §4.2.3 signature_algorithms_cert), the
 * smallest keys it trusts, and how many intermediate certificates it follows.
 *
 * @param minimumRsaBits smallest RSA modulus, in bits, of any certificate's key in the path
 * @param minimumEcBits smallest EC field size, in bits, of any certificate's key in the path
 * @param signatureAlgorithms the algorithms allowed on certificates below the trust anchor
 * @param maximumIntermediates the most certificates between the leaf and the trust anchor
 */
public record ValidationPolicy(int minimumRsaBits, int minimumEcBits,
        Set<CertificateSignatureAlgorithm> signatureAlgorithms, int maximumIntermediates) {

    /** Checks the bounds; IllegalArgumentException names the wrong one. */
    public ValidationPolicy {
        if (minimumRsaBits < 1 || minimumEcBits < 1) {
            throw new IllegalArgumentException("minimum key sizes must be positive: RSA "
                    + minimumRsaBits + ", EC " + minimumEcBits);
        }
        if (signatureAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("no certificate signature algorithm allowed");
        }
        if (maximumIntermediates < 0) {
            throw new IllegalArgumentException("maximumIntermediates is negative: " + maximumIntermediates);
        }
        signatureAlgorithms = Collections.unmodifiableSet(EnumSet.copyOf(signatureAlgorithms));
    }

    /**
     * Secure defaults (DESIGN.md): RSA keys of at least 2048 bits, EC keys on curves of at
     * least 256 bits, no MD5 or SHA-1 signature (RFC 8446 §4.4.2.4), at most 8 intermediates.
     */
    public static ValidationPolicy defaults() {
        return new ValidationPolicy(2048, 256, CertificateSignatureAlgorithm.modern(), 8);
    }

    /** This policy with another set of allowed signature algorithms (e.g. adding SHA-1 for a legacy peer). */
    public ValidationPolicy withSignatureAlgorithms(Set<CertificateSignatureAlgorithm> algorithms) {
        return new ValidationPolicy(minimumRsaBits, minimumEcBits, algorithms, maximumIntermediates);
    }

    /** This policy with another smallest RSA modulus. */
    public ValidationPolicy withMinimumRsaBits(int bits) {
        return new ValidationPolicy(bits, minimumEcBits, signatureAlgorithms, maximumIntermediates);
    }

    /** This policy with another smallest EC field size. */
    public ValidationPolicy withMinimumEcBits(int bits) {
        return new ValidationPolicy(minimumRsaBits, bits, signatureAlgorithms, maximumIntermediates);
    }

    /** This policy with another bound on intermediate certificates. */
    public ValidationPolicy withMaximumIntermediates(int count) {
        return new ValidationPolicy(minimumRsaBits, minimumEcBits, signatureAlgorithms, count);
    }
}
