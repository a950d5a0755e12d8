package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.CertificateVerifyContent;
import org.tlsref.engine.handshake.tls13.Tls13SignatureSchemes;

/**
 * Server, TLS 1.3: the client's chain is valid; waiting for its CertificateVerify (RFC 8446
 * §4.4.3), the overview's "random byte string encrypted with the client's private key".
 *
 * @param hs the handshake so far
 * @param clientPath the client's validated certification path
 */
public record ExpectCertificateVerify(ServerHandshake hs, ValidatedPath clientPath)
        implements Tls13ServerState {

    /** Rejects nulls. */
    public ExpectCertificateVerify {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(clientPath, "clientPath");
    }

    /**
     * RFC 8446 §4.4.3: the algorithm must be one the CertificateRequest offered, and "If the
     * verification fails, the receiver MUST terminate the handshake with a "decrypt_error"
     * alert."
     */
    @Override
    public Step handle(Input input) {
        Received<CertificateVerify> received = Require.handshake(input, CertificateVerify.class);
        CertificateVerify verify = received.message();
        Tls13SignatureSchemes.checkReceived(verify.algorithm(), hs.config().negotiation());
        Verified.Signature signature = Verified.signature(hs.config().sources().provider(),
                verify.algorithm(), clientPath.leafPublicKey(),
                CertificateVerifyContent.CLIENT.over(hs.transcript().hash()), verify.signature());
        hs.transcript().add(received);
        return Step.to(new ExpectFinished(hs,
                new ClientIdentity.Authenticated(clientPath, signature)));
    }

    @Override
    public String description() {
        return "server: waiting for the client's CertificateVerify";
    }
}
