package org.tlsref.engine.handshake;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;

/**
 * What a completed handshake negotiated, as either side sees it.
 *
 * @param version the protocol version
 * @param cipherSuite the cipher suite
 * @param group the key exchange group
 * @param signatureScheme the scheme of the server's CertificateVerify
 * @param peerCertificates the peer's validated chain, leaf first; empty when the peer did not
 *     authenticate (a client without a certificate)
 * @param applicationProtocolBytes the ALPN protocol (RFC 7301), or empty bytes when none was
 *     negotiated (a protocol name has at least one byte, RFC 7301 §3.1)
 */
public record Session(ProtocolVersion version, CipherSuite cipherSuite, NamedGroup group,
        SignatureScheme signatureScheme, List<X509Certificate> peerCertificates,
        Bytes applicationProtocolBytes) {

    /** Copies the chain; rejects nulls. */
    public Session {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(signatureScheme, "signatureScheme");
        peerCertificates = List.copyOf(peerCertificates);
        Objects.requireNonNull(applicationProtocolBytes, "applicationProtocolBytes");
    }

    /** The ALPN protocol as UTF-8 text, if one was negotiated. */
    public Optional<String> applicationProtocol() {
        return applicationProtocolBytes.isEmpty() ? Optional.empty()
                : Optional.of(new String(applicationProtocolBytes.toByteArray(),
                        StandardCharsets.UTF_8));
    }

    /** Whether the handshake resumed an earlier session: always false until resumption exists. */
    public boolean resumed() {
        return false;
    }

    @Override
    public String toString() {
        return version + " " + cipherSuite + " " + group + " " + signatureScheme
                + ", peer certificates " + peerCertificates.size()
                + applicationProtocol().map(p -> ", ALPN " + p).orElse("");
    }
}
