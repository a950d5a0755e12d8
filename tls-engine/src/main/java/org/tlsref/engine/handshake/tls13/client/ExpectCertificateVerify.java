package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
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
 * Client, TLS 1.3: the server's chain is valid; waiting for its CertificateVerify, the proof that
 * it holds the leaf's private key (RFC 8446 §4.4.3).
 *
 * @param hs the handshake so far
 * @param applicationProtocol the ALPN protocol selected, or empty
 * @param authRequest whether the server asked for a client certificate
 * @param serverPath the server's validated certification path
 */
public record ExpectCertificateVerify(ClientHandshake hs, Bytes applicationProtocol,
        ClientAuthRequest authRequest, ValidatedPath serverPath) implements Tls13ClientState {

    /** Rejects nulls. */
    public ExpectCertificateVerify {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        Objects.requireNonNull(authRequest, "authRequest");
        Objects.requireNonNull(serverPath, "serverPath");
    }

    /**
     * RFC 8446 §4.4.3: "The receiver of a CertificateVerify message MUST verify the signature
     * field. [...] If the verification fails, the receiver MUST terminate the handshake with a
     * "decrypt_error" alert." The content is Transcript-Hash(ClientHello ... Certificate).
     */
    @Override
    public Step handle(Input input) {
        Received<CertificateVerify> received = Require.handshake(input, CertificateVerify.class);
        CertificateVerify verify = received.message();
        Tls13SignatureSchemes.checkReceived(verify.algorithm(), hs.config().negotiation());
        Verified.Signature signature = Verified.signature(hs.config().sources().provider(),
                verify.algorithm(), serverPath.leafPublicKey(),
                CertificateVerifyContent.SERVER.over(hs.transcript().hash()), verify.signature());
        hs.transcript().add(received);
        return Step.to(new ExpectFinished(hs, applicationProtocol, authRequest, serverPath,
                signature));
    }

    @Override
    public String description() {
        return "client: waiting for the server's CertificateVerify";
    }
}
