package org.tlsref.engine.handshake.tls13;

import java.util.List;
import java.util.Optional;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SignatureAlgorithmsCert;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;

/**
 * The rule both sides follow when several certified keys could answer (RFC 9846 §4.5.1.2,
 * RFC 8446 §4.4.2.2 and §4.4.2.3): prefer a chain signed only with algorithms the peer accepts
 * in certificates, and otherwise send one anyway.
 */
public final class CertificateSelection {
    private CertificateSelection() {
    }

    /**
     * The schemes the peer accepts in certificates, from a ClientHello's or CertificateRequest's
     * extensions. RFC 9846 §4.3.3: "If no "signature_algorithms_cert" extension is present, then
     * the "signature_algorithms" extension also applies to signatures appearing in
     * certificates."
     */
    public static List<SignatureScheme> acceptedInCertificates(Extensions extensions) {
        Optional<SignatureAlgorithmsCert> cert = extensions.find(SignatureAlgorithmsCert.class);
        if (cert.isPresent()) {
            return cert.get().supportedSignatureAlgorithms();
        }
        return extensions.find(SignatureAlgorithms.class)
                .map(SignatureAlgorithms::supportedSignatureAlgorithms).orElse(List.of());
    }

    /**
     * Of {@code eligible} (in preference order, each able to sign CertificateVerify with a
     * scheme the peer offered and passing any other filter), the first whose chain is signed
     * only with {@code accepted}; else the first. RFC 9846 §4.5.1.2: "If the sender is the
     * server, and the server cannot produce a certificate chain that is signed only via the
     * indicated supported algorithms, then it SHOULD continue the handshake by sending a
     * certificate chain of its choice"; "If the sender is the client, the client MAY use a
     * fallback chain as above". Empty only when {@code eligible} is.
     */
    public static Optional<CertifiedKey> choose(List<CertifiedKey> eligible,
            List<SignatureScheme> accepted) {
        if (eligible.size() == 1) {
            return Optional.of(eligible.get(0)); // chosen either way: no chain to look at
        }
        for (CertifiedKey candidate : eligible) {
            if (candidate.chainSignedOnlyWith(accepted)) {
                return Optional.of(candidate);
            }
        }
        return eligible.stream().findFirst();
    }
}
