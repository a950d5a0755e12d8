package org.tlsref.crypto.pki;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;

/**
 * A certificate_list as a Certificate message carries it (RFC 8446 §4.4.2, RFC 5246 §7.4.2):
 * the end-entity certificate first, then certificates that may help to reach a trust anchor.
 * Nothing here is validated yet; that is {@link PathValidator}'s work.
 */
public final class CertificateChain {
    private final List<X509Certificate> certificates;

    private CertificateChain(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    /**
     * The chain a peer sent, from the cert_data of each CertificateEntry in order.
     *
     * @throws TlsAlert {@link CertificateFailure#EMPTY_CHAIN} for no certificate, or
     *     {@link CertificateFailure#MALFORMED} when an entry is not exactly one DER X.509
     *     certificate
     */
    public static CertificateChain decode(List<Bytes> certData) {
        if (certData.isEmpty()) {
            throw new TlsAlert(CertificateFailure.EMPTY_CHAIN, "the Certificate message has no certificate");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (int i = 0; i < certData.size(); i++) {
            String where = "certificate " + i + " of " + certData.size();
            certificates.add(DerCertificate.parse(certData.get(i),
                    (problem, cause) -> new TlsAlert(CertificateFailure.MALFORMED, where + ": " + problem, cause)));
        }
        return new CertificateChain(certificates);
    }

    /**
     * A chain of certificates already parsed, e.g. this endpoint's own from {@link Pem}.
     *
     * @throws IllegalArgumentException when {@code certificates} is empty
     */
    public static CertificateChain of(List<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the end-entity certificate");
        }
        return new CertificateChain(certificates);
    }

    /** The end-entity certificate, first in the list. */
    public X509Certificate leaf() {
        return certificates.get(0);
    }

    /** Every certificate in the order received or given. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The DER encoding of each certificate, in order: the cert_data to send. */
    public List<Bytes> encoded() {
        List<Bytes> encoded = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                encoded.add(Bytes.of(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("cannot encode " + X509Extensions.subject(certificate), e);
            }
        }
        return List.copyOf(encoded);
    }
}
