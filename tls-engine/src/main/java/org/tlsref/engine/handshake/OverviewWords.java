package org.tlsref.engine.handshake;

import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.message.ServerHello;

/**
 * Each handshake message in the words of the overview the project started from
 * ({@code tls-handshake-overview.txt}, mapped onto the RFC messages in DESIGN.md), for the
 * annotated trace: the RFC's name first, then what the overview calls that step.
 */
public final class OverviewWords {
    private OverviewWords() {
    }

    /** The message's name and its step in the overview, such as "ServerHello (server hello: ...)". */
    public static String of(HandshakeMessage message) {
        return message.getClass().getSimpleName().replace("Tls13", "") + " (" + step(message)
                + ")";
    }

    private static String step(HandshakeMessage message) {
        if (message instanceof ClientHello) {
            return "client hello: versions, cipher suites in preference order, random";
        } else if (message instanceof HelloRetryRequest) {
            return "server hello retry: asks for a key share of another group";
        } else if (message instanceof ServerHello) {
            return "server hello: the chosen cipher suite, session id and random";
        } else if (message instanceof EncryptedExtensions) {
            return "server parameters, encrypted from here on";
        } else if (message instanceof CertificateRequestTls13) {
            return "client certificate request: signature algorithms and acceptable CA names";
        } else if (message instanceof CertificateTls13 certificate) {
            return certificate.certificateList().isEmpty() ? "no digital certificate"
                    : "digital certificate chain";
        } else if (message instanceof CertificateVerify) {
            return "proof of possession of the certificate's private key";
        } else if (message instanceof Finished) {
            return "finished: MAC over the whole handshake";
        } else if (message instanceof KeyUpdate) {
            return "new symmetric keys for one direction";
        } else if (message instanceof NewSessionTicketTls13) {
            return "session ticket for resumption";
        }
        return message.type().toString();
    }
}
