package org.tlsref.engine.handshake.tls13.server;

import org.tlsref.engine.handshake.HandshakeState;

/**
 * The states of a TLS 1.3 server once TLS 1.3 is chosen (RFC 8446 §2, server side). The state
 * before, waiting for the first ClientHello, belongs to {@code org.tlsref.engine.handshake.server},
 * which picks the version.
 */
public sealed interface Tls13ServerState extends HandshakeState
        permits ExpectSecondClientHello, ExpectCertificate, ExpectCertificateVerify, ExpectFinished,
                Traffic {
}
