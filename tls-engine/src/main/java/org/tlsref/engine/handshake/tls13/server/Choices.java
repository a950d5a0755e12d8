package org.tlsref.engine.handshake.tls13.server;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/**
 * What a TLS 1.3 server chose from a ClientHello (RFC 8446 §4.1.1): "the server independently
 * selects a cipher suite, an (EC)DHE group and key share for key establishment, and a signature
 * algorithm/certificate pair to authenticate itself to the client", and an application protocol.
 *
 * @param suite the cipher suite's parameters
 * @param group the key exchange group
 * @param certifiedKey the certificate chain and key
 * @param signatureScheme the scheme of the server's CertificateVerify
 * @param applicationProtocol the ALPN protocol, or empty for none
 */
public record Choices(CipherSuiteParameters suite, NamedGroup group, CertifiedKey certifiedKey,
        SignatureScheme signatureScheme, Bytes applicationProtocol) {

    /** Rejects nulls. */
    public Choices {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(certifiedKey, "certifiedKey");
        Objects.requireNonNull(signatureScheme, "signatureScheme");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
    }
}
