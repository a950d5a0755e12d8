package org.tlsref.conformance.trace;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.config.HostnameVerification;
import org.tlsref.engine.handshake.HandshakeState;

/**
 * What a passed certificate check established, read from the state the engine entered after the
 * Certificate: the validated path to a trust anchor, what it is valid for, and the host name
 * (overview: "the TLS client verifies the server's digital certificate", "the TLS server verifies
 * the client's certificate").
 */
final class Verification {
    private Verification() {
    }

    static List<Node> ofCertificate(Side side, CertificateTls13 certificate, HandshakeState state) {
        if (certificate.certificateList().isEmpty()) {
            return List.of(Node.leaf("policy", "optional: RFC 9846 §4.5.1.3, the server \"MAY at "
                    + "its discretion either continue the handshake without client authentication, "
                    + "or abort the handshake with a certificate_required alert\""));
        }
        if (side == Side.CLIENT
                && state instanceof org.tlsref.engine.handshake.tls13.client.ExpectCertificateVerify cv) {
            List<Node> facts = path(cv.serverPath());
            facts.add(Node.leaf("host name", cv.hs().config().authentication().hostnameVerification()
                    == HostnameVerification.VERIFY
                    ? "\"" + cv.hs().offered().serverName() + "\" matches the certificate's "
                            + "subjectAltName (RFC 9525 §6)"
                    : "not checked (hostname verification is off)"));
            return facts;
        }
        if (side == Side.SERVER
                && state instanceof org.tlsref.engine.handshake.tls13.server.ExpectCertificateVerify cv) {
            return path(cv.clientPath());
        }
        return List.of(Node.leaf("path", "validated"));
    }

    private static List<Node> path(ValidatedPath path) {
        List<String> names = new ArrayList<>();
        for (X509Certificate certificate : path.certificates()) {
            names.add(CertificateNotes.shortName(certificate));
        }
        names.add("trust anchor " + CertificateNotes.shortName(path.trustAnchor()));
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("path", String.join(" <- ", names)));
        facts.add(Node.leaf("checked", "signatures, validity dates, basic constraints, key usage, "
                + "name constraints (RFC 5280 §6.1)"));
        facts.add(Node.leaf("valid for", path.purpose() == Purpose.SERVER_AUTH
                ? "server authentication (extendedKeyUsage serverAuth)"
                : "client authentication (extendedKeyUsage clientAuth)"));
        return facts;
    }
}
