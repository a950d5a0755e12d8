package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.engine.handshake.Verified;

/**
 * Who the client proved to be, the overview's "the TLS server verifies the client certificate":
 * nobody, or the holder of a validated certificate's key.
 */
public sealed interface ClientIdentity permits ClientIdentity.Anonymous,
        ClientIdentity.Authenticated {

    /** The client was not asked for a certificate, or sent none where that is allowed. */
    record Anonymous() implements ClientIdentity {
    }

    /**
     * The client sent a valid chain and proved its key (RFC 8446 §4.4.2, §4.4.3).
     *
     * @param path the client's validated certification path
     * @param signature proof of its CertificateVerify
     */
    record Authenticated(ValidatedPath path, Verified.Signature signature)
            implements ClientIdentity {
        /** Rejects nulls. */
        public Authenticated {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(signature, "signature");
        }
    }
}
