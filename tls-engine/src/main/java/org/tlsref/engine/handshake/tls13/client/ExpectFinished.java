package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.Finished;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Verified;

/**
 * Client, TLS 1.3: the server proved its key; waiting for its Finished (RFC 8446 §4.4.4), the
 * overview's "the TLS server sends the client a finished message".
 *
 * @param hs the handshake so far
 * @param applicationProtocol the ALPN protocol selected, or empty
 * @param authRequest whether the server asked for a client certificate
 * @param serverPath the server's validated certification path
 * @param serverSignature proof of the server's CertificateVerify
 */
public record ExpectFinished(ClientHandshake hs, Bytes applicationProtocol,
        ClientAuthRequest authRequest, ValidatedPath serverPath,
        Verified.Signature serverSignature) implements Tls13ClientState {

    /** Rejects nulls. */
    public ExpectFinished {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        Objects.requireNonNull(authRequest, "authRequest");
        Objects.requireNonNull(serverPath, "serverPath");
        Objects.requireNonNull(serverSignature, "serverSignature");
    }

    /**
     * RFC 8446 §4.4.4: "Recipients of Finished messages MUST verify that the contents are correct
     * and if incorrect MUST terminate the connection with a "decrypt_error" alert." Then the
     * client's second flight.
     */
    @Override
    public Step handle(Input input) {
        Received<Finished> received = Require.handshake(input, Finished.class);
        Verified.Finished serverFinished = Verified.finished(hs.keys().server(),
                hs.transcript().hash(), received.message().verifyData());
        hs.transcript().add(received);
        return ClientSecondFlight.respond(this, serverFinished);
    }

    @Override
    public String description() {
        return "client: waiting for the server's Finished";
    }
}
