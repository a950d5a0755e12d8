package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.message.CertificateRequestTls13;

/**
 * Whether the server asked this client for a certificate (RFC 8446 §4.3.2), the overview's
 * "client certificate request".
 */
public sealed interface ClientAuthRequest permits ClientAuthRequest.NotRequested,
        ClientAuthRequest.Requested {

    /** The server sent no CertificateRequest. */
    record NotRequested() implements ClientAuthRequest {
    }

    /**
     * The server sent {@code request}; the client answers with a Certificate (possibly empty)
     * and, with a certificate, a CertificateVerify.
     *
     * @param request the CertificateRequest, already checked
     */
    record Requested(CertificateRequestTls13 request) implements ClientAuthRequest {
        /** Rejects null. */
        public Requested {
            Objects.requireNonNull(request, "request");
        }
    }
}
