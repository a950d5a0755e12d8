package org.tlsref.engine.handshake.tls13.client;

import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.message.CertificateEntry;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.HostnameMatcher;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.config.Authentication;
import org.tlsref.engine.config.HostnameVerification;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.tls13.CertificateMessages;

/**
 * The client verifies the server's certificate (RFC 8446 §4.4.2, §4.4.2.4), the overview's
 * "the TLS client verifies the server's digital certificate": a path to a trust anchor for
 * server authentication (RFC 5280 §6.1), then the server's name in it (RFC 9525).
 */
final class ServerCertificate {
    private ServerCertificate() {
    }

    static Step accept(ClientHandshake hs, Bytes applicationProtocol, ClientAuthRequest auth,
            Received<CertificateTls13> received) {
        CertificateTls13 certificate = received.message();
        if (!certificate.certificateRequestContext().isEmpty()) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_CERTIFICATE_REQUEST_CONTEXT,
                    "a server Certificate's context \"SHALL be zero length\" (RFC 8446 §4.4.2)");
        }
        for (CertificateEntry entry : certificate.certificateList()) {
            ExtensionTable.validate(ExtensionContext.CERTIFICATE, entry.extensions());
            ExtensionTable.validateResponse(hs.offered().hello().extensions(),
                    ExtensionContext.CERTIFICATE, entry.extensions());
        }
        ValidatedPath path = validate(hs.config(), hs.offered().serverName(),
                CertificateChain.decode(CertificateMessages.certData(certificate)));
        hs.transcript().add(received);
        return Step.to(new ExpectCertificateVerify(hs, applicationProtocol, auth, path));
    }

    /**
     * RFC 8446 §4.4.2.4: "If the server supplies an empty Certificate message, the client MUST
     * abort the handshake with a "decode_error" alert" ({@link CertificateChain#decode} throws
     * that); every other failure is the validator's {@code CertificateFailure}.
     */
    private static ValidatedPath validate(TlsConfig config, String serverName,
            CertificateChain chain) {
        Authentication authentication = config.authentication();
        ValidatedPath path = new PathValidator(authentication.anchors(),
                authentication.validationPolicy(), config.sources().clock())
                .validate(chain, Purpose.SERVER_AUTH);
        if (authentication.hostnameVerification() == HostnameVerification.VERIFY) {
            HostnameMatcher.verify(path, serverName);
        }
        return path;
    }
}
