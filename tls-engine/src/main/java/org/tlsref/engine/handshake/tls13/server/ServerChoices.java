package org.tlsref.engine.handshake.tls13.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.ServerName;
import org.tlsref.api.extension.ServerNameClientHello;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SupportedGroups;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ServerNameType;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.Negotiation;
import org.tlsref.engine.config.NegotiationPreference;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.tls13.ApplicationProtocols;
import org.tlsref.engine.handshake.tls13.CertificateSelection;
import org.tlsref.engine.handshake.tls13.Tls13SignatureSchemes;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/**
 * The server's choices from a checked ClientHello (RFC 8446 §4.1.1), each in the order
 * {@link NegotiationPreference} says: the overview's "the TLS server responds with a server hello
 * message that contains the CipherSuite chosen by the server from the list provided by the
 * client".
 */
final class ServerChoices {
    private ServerChoices() {
    }

    /**
     * Every choice. The group is the most preferred common one, whether or not the client sent a
     * share for it (a HelloRetryRequest then asks for one): RFC 9846 §4.3.8, "Servers that wish
     * to respect the client's group preferences SHOULD first select a group based on
     * "supported_groups" and then either send a ServerHello or a HelloRetryRequest depending on
     * the contents of KeyshareClientHello." With the server's order, a client that sends an
     * x25519 share but lists X25519MLKEM768 is asked for the hybrid.
     *
     * @throws TlsAlert handshake_failure when a set has no common value, no_application_protocol
     *     or unrecognized_name as {@link ApplicationProtocols} and the certificate choice say
     */
    static Choices choose(TlsConfig config, ClientHello hello) {
        Negotiation ours = config.negotiation();
        CipherSuite suite = first(ours.cipherSuites(), hello.cipherSuites(), ours.preference())
                .orElseThrow(() -> new TlsAlert(HandshakeViolation.NO_COMMON_CIPHER_SUITE,
                        "none of " + hello.cipherSuites() + " is configured"));
        Extensions extensions = hello.extensions();
        List<NamedGroup> theirs = extensions.find(SupportedGroups.class).orElseThrow()
                .namedGroupList();
        List<NamedGroup> common = common(ours.supportedGroups(), theirs, ours.preference());
        if (common.isEmpty()) {
            throw new TlsAlert(HandshakeViolation.NO_COMMON_GROUP,
                    "none of " + theirs + " is configured");
        }
        NamedGroup group = common.get(0);
        CertifiedKey key = certifiedKey(config, hello, schemesOf(hello));
        SignatureScheme scheme = signatureScheme(ours, key, schemesOf(hello)).orElseThrow();
        return new Choices(CipherSuiteParameters.of(suite), group, key, scheme,
                ApplicationProtocols.select(extensions, ours));
    }

    /** The client's key share for {@code group}, if it sent one. */
    static Optional<KeyShareEntry> share(ClientHello hello, NamedGroup group) {
        for (KeyShareEntry entry : hello.extensions().find(KeyShareClientHello.class)
                .map(KeyShareClientHello::clientShares).orElse(List.of())) {
            if (entry.group().equals(group)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The host name in server_name (RFC 6066 §3), if the client sent one. */
    static Optional<String> serverName(ClientHello hello) {
        for (ServerName name : hello.extensions().find(ServerNameClientHello.class)
                .map(ServerNameClientHello::serverNameList).orElse(List.of())) {
            if (name.nameType().equals(ServerNameType.HOST_NAME)) {
                return Optional.of(new String(name.name().toByteArray(),
                        StandardCharsets.US_ASCII));
            }
        }
        return Optional.empty();
    }

    /**
     * The certified key: RFC 8446 §4.4.2.2, "The server's certificate_list MUST always be
     * non-empty"; the server picks by the client's server_name (RFC 6066 §3),
     * signature_algorithms and signature_algorithms_cert (RFC 9846 §4.3.3, §4.5.1.2).
     * Identities that name the host come first, then those serving any name; a name nothing
     * serves is unrecognized_name (RFC 6066 §3). Of those whose key can sign CertificateVerify
     * with a scheme the client offered, the first whose chain is signed only with schemes the
     * client accepts in certificates wins, else the first ({@link CertificateSelection}).
     */
    private static CertifiedKey certifiedKey(TlsConfig config, ClientHello hello,
            List<SignatureScheme> offered) {
        List<CertifiedKey> all = config.authentication().certifiedKeys();
        Optional<String> host = serverName(hello);
        List<CertifiedKey> candidates = new ArrayList<>();
        host.ifPresent(name -> all.stream().filter(k -> k.names(name)).forEach(candidates::add));
        if (candidates.isEmpty()) {
            all.stream().filter(CertifiedKey::servesAnyName).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            if (host.isPresent()) {
                throw new TlsAlert(HandshakeViolation.UNRECOGNIZED_NAME,
                        "no certificate serves " + host.get());
            }
            candidates.addAll(all);
        }
        List<CertifiedKey> signing = new ArrayList<>();
        for (CertifiedKey candidate : candidates) {
            if (signatureScheme(config.negotiation(), candidate, offered).isPresent()) {
                signing.add(candidate);
            }
        }
        return CertificateSelection.choose(signing,
                CertificateSelection.acceptedInCertificates(hello.extensions()))
                .orElseThrow(() -> new TlsAlert(HandshakeViolation.NO_COMMON_SIGNATURE_SCHEME,
                        "no certificate can sign with one of " + offered));
    }

    private static Optional<SignatureScheme> signatureScheme(Negotiation ours, CertifiedKey key,
            List<SignatureScheme> offered) {
        List<SignatureScheme> order = ours.preference() == NegotiationPreference.SERVER_ORDER
                ? ours.signatureSchemes() : offered;
        return Tls13SignatureSchemes.choose(key.key().schemes(), offered, order, ours);
    }

    private static List<SignatureScheme> schemesOf(ClientHello hello) {
        return hello.extensions().find(SignatureAlgorithms.class).orElseThrow()
                .supportedSignatureAlgorithms();
    }

    private static <T> Optional<T> first(List<T> ours, List<T> theirs,
            NegotiationPreference preference) {
        List<T> common = common(ours, theirs, preference);
        return common.isEmpty() ? Optional.empty() : Optional.of(common.get(0));
    }

    /** The values both lists hold, in the preferred side's order. */
    private static <T> List<T> common(List<T> ours, List<T> theirs,
            NegotiationPreference preference) {
        boolean serverOrder = preference == NegotiationPreference.SERVER_ORDER;
        List<T> order = serverOrder ? ours : theirs;
        List<T> other = serverOrder ? theirs : ours;
        List<T> common = new ArrayList<>();
        for (T value : order) {
            if (other.contains(value)) {
                common.add(value);
            }
        }
        return common;
    }
}
