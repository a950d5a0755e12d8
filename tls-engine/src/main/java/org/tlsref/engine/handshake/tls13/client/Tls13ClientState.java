package org.tlsref.engine.handshake.tls13.client;

import org.tlsref.engine.handshake.HandshakeState;

/**
 * The states of a TLS 1.3 client once TLS 1.3 is chosen (RFC 8446 §2, client side), in the
 * order a full handshake passes them. The state before, waiting for the first ServerHello,
 * belongs to {@code org.tlsref.engine.handshake.client}, which picks the version.
 */
public sealed interface Tls13ClientState extends HandshakeState
        permits ExpectServerHelloAfterRetry, ExpectEncryptedExtensions,
                ExpectCertificateOrCertificateRequest, ExpectCertificate, ExpectCertificateVerify,
                ExpectFinished, Traffic {
}
