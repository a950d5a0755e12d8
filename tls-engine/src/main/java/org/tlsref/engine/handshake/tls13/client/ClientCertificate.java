package org.tlsref.engine.handshake.tls13.client;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.CertificateAuthorities;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.Negotiation;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Flight;
import org.tlsref.engine.handshake.tls13.CertificateMessages;
import org.tlsref.engine.handshake.tls13.CertificateSelection;
import org.tlsref.engine.handshake.tls13.CertificateVerifyContent;
import org.tlsref.engine.handshake.tls13.Tls13SignatureSchemes;

/**
 * The client's answer to a CertificateRequest (RFC 8446 §4.4.2.3), the overview's "the client
 * sends a random byte string encrypted with the client's private key, together with the client's
 * digital certificate, or a no digital certificate alert" — in TLS 1.3 an empty Certificate.
 */
final class ClientCertificate {
    private ClientCertificate() {
    }

    /**
     * Sends Certificate and CertificateVerify for a configured certified key that can sign with
     * a scheme the server listed and, when the server named certificate authorities, whose chain
     * one of them issued (RFC 8446 §4.2.4: "at least one of the certificates in the certificate
     * chain SHOULD be issued by one of the listed CAs"); otherwise an empty Certificate. Of
     * those, the first whose chain is signed only with schemes the server accepts in
     * certificates (its signature_algorithms_cert, else signature_algorithms) wins, else the
     * first: RFC 9846 §4.5.1.2, "the client MAY use a fallback chain" ({@link
     * CertificateSelection}).
     */
    static void send(Flight flight, ClientHandshake hs, CertificateRequestTls13 request) {
        TlsConfig config = hs.config();
        Negotiation ours = config.negotiation();
        Bytes context = request.certificateRequestContext();
        List<SignatureScheme> offered = request.extensions().find(SignatureAlgorithms.class)
                .map(SignatureAlgorithms::supportedSignatureAlgorithms).orElse(List.of());
        Optional<CertificateAuthorities> authorities =
                request.extensions().find(CertificateAuthorities.class);
        List<CertifiedKey> eligible = new ArrayList<>();
        for (CertifiedKey candidate : config.authentication().certifiedKeys()) {
            if (scheme(candidate, offered, ours).isPresent()
                    && issuedByOneOf(candidate, authorities)) {
                eligible.add(candidate);
            }
        }
        Optional<CertifiedKey> chosen = CertificateSelection.choose(eligible,
                CertificateSelection.acceptedInCertificates(request.extensions()));
        if (chosen.isEmpty()) {
            flight.send(CertificateMessages.empty(context));
            return;
        }
        CertifiedKey key = chosen.get();
        SignatureScheme scheme = scheme(key, offered, ours).orElseThrow();
        flight.send(CertificateMessages.of(context, key.chain()));
        Bytes content = CertificateVerifyContent.CLIENT.over(flight.transcriptHash());
        flight.send(new CertificateVerify(scheme, key.key().sign(scheme, content,
                config.sources().provider(), config.sources().random())));
    }

    private static Optional<SignatureScheme> scheme(CertifiedKey candidate,
            List<SignatureScheme> offered, Negotiation ours) {
        return Tls13SignatureSchemes.choose(candidate.key().schemes(), offered,
                ours.signatureSchemes(), ours);
    }

    /** True without certificate_authorities, or when a certificate's issuer is listed. */
    private static boolean issuedByOneOf(CertifiedKey candidate,
            Optional<CertificateAuthorities> authorities) {
        if (authorities.isEmpty()) {
            return true;
        }
        for (X509Certificate certificate : candidate.chain().certificates()) {
            Bytes issuer = Bytes.of(certificate.getIssuerX500Principal().getEncoded());
            if (authorities.get().authorities().contains(issuer)) {
                return true;
            }
        }
        return false;
    }
}
