package org.tlsref.engine.config;

import java.util.List;
import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;

/**
 * What an endpoint offers and accepts when the two sides agree on parameters: the overview's
 * "agree on the version of the protocol to use" and "select cryptographic algorithms" (RFC 8446
 * §4.1.1). Lists are in this endpoint's order of preference. Built and checked by
 * {@link TlsConfig.Builder}.
 *
 * @param versions the protocol versions, most preferred first
 * @param cipherSuites the cipher suites, most preferred first
 * @param supportedGroups the key exchange groups (supported_groups, RFC 8446 §4.2.7)
 * @param keyShareGroups the groups a client sends key shares for in its first ClientHello (RFC
 *     8446 §4.2.8), a sub-list of {@code supportedGroups} in the same order
 * @param signatureSchemes the schemes this endpoint signs and accepts CertificateVerify with
 * @param signatureAlgorithmsOffered the signature_algorithms list sent in a ClientHello or
 *     CertificateRequest (RFC 8446 §4.2.3); normally {@code signatureSchemes}
 * @param signatureAlgorithmsCertOffered the signature_algorithms_cert list sent in a
 *     ClientHello or CertificateRequest (RFC 9846 §4.3.3); empty for none, when the
 *     signature_algorithms list also speaks for certificates
 * @param applicationProtocols ALPN protocol names (RFC 7301), most preferred first; empty for
 *     none
 * @param preference whose order a server follows
 * @param retryCookies what a server's HelloRetryRequest cookie holds
 */
public record Negotiation(List<ProtocolVersion> versions, List<CipherSuite> cipherSuites,
        List<NamedGroup> supportedGroups, List<NamedGroup> keyShareGroups,
        List<SignatureScheme> signatureSchemes, List<SignatureScheme> signatureAlgorithmsOffered,
        List<SignatureScheme> signatureAlgorithmsCertOffered, List<Bytes> applicationProtocols, NegotiationPreference preference,
        RetryCookies retryCookies) {

    /** Copies the lists. */
    public Negotiation {
        versions = List.copyOf(versions);
        cipherSuites = List.copyOf(cipherSuites);
        supportedGroups = List.copyOf(supportedGroups);
        keyShareGroups = List.copyOf(keyShareGroups);
        signatureSchemes = List.copyOf(signatureSchemes);
        signatureAlgorithmsOffered = List.copyOf(signatureAlgorithmsOffered);
        signatureAlgorithmsCertOffered = List.copyOf(signatureAlgorithmsCertOffered);
        applicationProtocols = List.copyOf(applicationProtocols);
        Objects.requireNonNull(preference, "preference");
        Objects.requireNonNull(retryCookies, "retryCookies");
    }
}
