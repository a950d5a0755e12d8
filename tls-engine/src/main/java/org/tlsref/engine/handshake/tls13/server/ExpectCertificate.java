package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.CertificateEntry;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.config.Authentication;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.CertificateMessages;

/**
 * Server, TLS 1.3: a CertificateRequest was part of the first flight; waiting for the client's
 * Certificate (RFC 8446 §4.4.2), possibly empty.
 *
 * @param hs the handshake so far
 * @param requestExtensions the extensions of the CertificateRequest sent, which bound those of
 *     the client's certificate entries (RFC 8446 §4.2)
 */
public record ExpectCertificate(ServerHandshake hs, Extensions requestExtensions)
        implements Tls13ServerState {

    /** Rejects nulls. */
    public ExpectCertificate {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(requestExtensions, "requestExtensions");
    }

    /**
     * RFC 8446 §4.4.2: certificate_request_context is "the value of certificate_request_context
     * in that message" (empty here). RFC 9846 §4.5.1.3: "If the client does not send any
     * certificates (i.e., it sends an empty Certificate message), the server MAY at its
     * discretion either continue the handshake without client authentication, or abort the
     * handshake with a "certificate_required" alert" — as the configuration says. A chain that
     * does not validate ends the handshake with the validator's alert.
     */
    @Override
    public Step handle(Input input) {
        Received<CertificateTls13> received = Require.handshake(input, CertificateTls13.class);
        CertificateTls13 certificate = received.message();
        if (!certificate.certificateRequestContext().isEmpty()) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                    "the client's Certificate does not echo the empty request context");
        }
        if (certificate.certificateList().isEmpty()) {
            if (hs.config().authentication().clientAuthentication()
                    == ClientAuthentication.REQUIRED) {
                throw new TlsAlert(HandshakeViolation.CERTIFICATE_REQUIRED,
                        "the client sent no certificate");
            }
            hs.transcript().add(received);
            return Step.to(new ExpectFinished(hs, new ClientIdentity.Anonymous()));
        }
        for (CertificateEntry entry : certificate.certificateList()) {
            ExtensionTable.validate(ExtensionContext.CERTIFICATE, entry.extensions());
            ExtensionTable.validateResponse(requestExtensions, ExtensionContext.CERTIFICATE,
                    entry.extensions());
        }
        Authentication authentication = hs.config().authentication();
        ValidatedPath path = new PathValidator(authentication.anchors(),
                authentication.validationPolicy(), hs.config().sources().clock())
                .validate(CertificateChain.decode(CertificateMessages.certData(certificate)),
                        Purpose.CLIENT_AUTH);
        hs.transcript().add(received);
        return Step.to(new ExpectCertificateVerify(hs, path));
    }

    @Override
    public String description() {
        return "server: waiting for the client's Certificate";
    }
}
