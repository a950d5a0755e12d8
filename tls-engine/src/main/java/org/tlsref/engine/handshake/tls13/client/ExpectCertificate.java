package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;

/**
 * Client, TLS 1.3: a CertificateRequest read; waiting for the server's Certificate (RFC 8446
 * §4.4.2).
 *
 * @param hs the handshake so far
 * @param applicationProtocol the ALPN protocol selected, or empty
 * @param authRequest the server's CertificateRequest
 */
public record ExpectCertificate(ClientHandshake hs, Bytes applicationProtocol,
        ClientAuthRequest authRequest) implements Tls13ClientState {

    /** Rejects nulls. */
    public ExpectCertificate {
        Objects.requireNonNull(hs, "hs");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        Objects.requireNonNull(authRequest, "authRequest");
    }

    @Override
    public Step handle(Input input) {
        return ServerCertificate.accept(hs, applicationProtocol, authRequest,
                Require.handshake(input, CertificateTls13.class));
    }

    @Override
    public String description() {
        return "client: waiting for the server's Certificate";
    }
}
