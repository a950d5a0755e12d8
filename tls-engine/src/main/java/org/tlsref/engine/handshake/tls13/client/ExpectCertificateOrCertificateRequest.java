package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;

/**
 * Client, TLS 1.3: EncryptedExtensions read; waiting for the server's Certificate, or first a
 * CertificateRequest (RFC 8446 §4.3.2), the overview's "client certificate request".
 *
 * @param hs the handshake so far
 * @param applicationProtocol the ALPN protocol selected, or empty
 */
public record ExpectCertificateOrCertificateRequest(ClientHandshake hs, Bytes applicationProtocol)
        implements Tls13ClientState {

    /** Rejects nulls. */
    public ExpectCertificateOrCertificateRequest {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
    }

    @Override
    public Step handle(Input input) {
        Received<HandshakeMessage> received =
                Require.anyHandshake(input, "Certificate or CertificateRequest");
        if (received.message() instanceof CertificateRequestTls13 request) {
            check(request);
            hs.transcript().add(received);
            return Step.to(new ExpectCertificate(hs, applicationProtocol,
                    new ClientAuthRequest.Requested(request)));
        }
        Received<CertificateTls13> certificate = Require.handshake(input, CertificateTls13.class);
        return ServerCertificate.accept(hs, applicationProtocol,
                new ClientAuthRequest.NotRequested(), certificate);
    }

    /**
     * RFC 8446 §4.3.2: certificate_request_context "SHALL be zero length unless used for the
     * post-handshake authentication exchanges"; "The "signature_algorithms" extension MUST be
     * specified"; extensions outside the CR column of RFC 8446 §4.2 are illegal_parameter.
     */
    private static void check(CertificateRequestTls13 request) {
        if (!request.certificateRequestContext().isEmpty()) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                    "a CertificateRequest in the handshake with a non-empty context");
        }
        ExtensionTable.validate(ExtensionContext.CERTIFICATE_REQUEST, request.extensions());
        if (request.extensions().find(SignatureAlgorithms.class).isEmpty()) {
            throw new TlsAlert(HandshakeViolation.MISSING_EXTENSION,
                    "CertificateRequest without signature_algorithms (RFC 8446 §4.3.2)");
        }
    }

    @Override
    public String description() {
        return "client: waiting for the server's Certificate or a CertificateRequest";
    }
}
