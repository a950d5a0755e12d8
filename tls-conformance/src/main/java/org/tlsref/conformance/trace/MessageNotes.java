package org.tlsref.conformance.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationClientHello;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationServerHello;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.extension.KeyShareServerHello;
import org.tlsref.api.extension.ServerNameClientHello;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SupportedGroups;
import org.tlsref.api.extension.SupportedVersionsClientHello;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.message.ServerHello;
import org.tlsref.conformance.dissect.Describer;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.crypto.AeadAlgorithm;

/**
 * What each handshake message offers or chooses, in the words of the overview: the client
 * hello's versions, suites in preference order, random and compression methods; the server
 * hello's choices; certificates, the certificate request's acceptable CAs, signatures and
 * Finished. Every field is also available, unabridged, from {@link #fields} (the dissector's
 * tree).
 */
final class MessageNotes {
    /**
     * A message as the trace titles and annotates it.
     *
     * @param title the message name
     * @param overview the overview step it belongs to
     * @param details what it offers or chooses
     */
    record Summary(String title, Overview overview, List<Node> details) {
    }

    private MessageNotes() {
    }

    /** Every field of {@code message}, as {@code tlsref decode} prints it. */
    static Node fields(HandshakeMessage message) {
        return Describer.describe(message.type().toString(), message);
    }

    /** AES_128_GCM as AES-128-GCM. */
    static String aead(AeadAlgorithm aead) {
        return aead.name().replace('_', '-');
    }

    static Summary summarize(Side sender, HandshakeMessage message) {
        if (message instanceof ClientHello hello) {
            return new Summary("ClientHello", Overview.CLIENT_HELLO, clientHello(hello));
        }
        if (message instanceof HelloRetryRequest retry) {
            return new Summary("HelloRetryRequest", Overview.SERVER_HELLO, helloRetryRequest(retry));
        }
        if (message instanceof ServerHello hello) {
            return new Summary("ServerHello", Overview.SERVER_HELLO, serverHello(hello));
        }
        if (message instanceof EncryptedExtensions encrypted) {
            return new Summary("EncryptedExtensions", Overview.SERVER_HELLO,
                    encryptedExtensions(encrypted.extensions()));
        }
        if (message instanceof CertificateRequestTls13 request) {
            return new Summary("CertificateRequest", Overview.CERTIFICATE_REQUEST,
                    certificateRequest(request));
        }
        if (message instanceof CertificateTls13 certificate) {
            return new Summary("Certificate", sender == Side.SERVER ? Overview.SERVER_CERTIFICATE
                    : Overview.CLIENT_CERTIFICATE, certificate(sender, certificate));
        }
        if (message instanceof CertificateVerify verify) {
            return new Summary("CertificateVerify", sender == Side.SERVER
                    ? Overview.SERVER_CERTIFICATE : Overview.CLIENT_CERTIFICATE,
                    certificateVerify(sender, verify));
        }
        if (message instanceof Finished finished) {
            return new Summary("Finished", sender == Side.SERVER ? Overview.SERVER_FINISHED
                    : Overview.CLIENT_FINISHED, finished(sender, finished));
        }
        if (message instanceof NewSessionTicketTls13 ticket) {
            return new Summary("NewSessionTicket", Overview.NONE, List.of(
                    Node.leaf("ticket_lifetime", ticket.ticketLifetime() + " s"),
                    Node.leaf("ticket", ticket.ticket().length() + " bytes, for resumption")));
        }
        if (message instanceof KeyUpdate update) {
            return new Summary("KeyUpdate", Overview.APPLICATION_DATA, List.of(
                    Node.leaf("request_update", update.requestUpdate().toString()),
                    Node.leaf("note", "the " + sender.label() + " now sends with its next "
                            + "application traffic keys (RFC 8446 §4.6.3)")));
        }
        return new Summary(message.type().toString(), Overview.NONE, List.of());
    }

    private static List<Node> clientHello(ClientHello hello) {
        Extensions extensions = hello.extensions();
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("versions offered", extensions.find(SupportedVersionsClientHello.class)
                .map(v -> join(v.versions())).orElse(hello.legacyVersion() + " (legacy_version)")));
        facts.add(Node.leaf("cipher suites, in the client's order of preference",
                join(hello.cipherSuites())));
        facts.add(Node.leaf("random", hex(hello.random())));
        facts.add(Node.leaf("session id", hello.legacySessionId().isEmpty() ? "empty"
                : hello.legacySessionId().length() + " bytes (a TLS 1.3 client sends one only for "
                        + "middlebox compatibility, RFC 8446 §D.4)"));
        facts.add(Node.leaf("compression methods", join(hello.legacyCompressionMethods())
                + " (TLS 1.3 allows no other, RFC 8446 §4.1.2)"));
        extensions.find(KeyShareClientHello.class).ifPresent(shares -> facts.add(
                Node.leaf("key shares", shares.clientShares().stream().map(MessageNotes::share)
                        .collect(Collectors.joining(", ")))));
        extensions.find(SupportedGroups.class).ifPresent(groups -> facts.add(
                Node.leaf("groups supported", join(groups.namedGroupList()))));
        extensions.find(SignatureAlgorithms.class).ifPresent(schemes -> facts.add(
                Node.leaf("signature algorithms", join(schemes.supportedSignatureAlgorithms()))));
        extensions.find(ServerNameClientHello.class).flatMap(ServerNameClientHello::hostName)
                .ifPresent(name -> facts.add(Node.leaf("server name", name)));
        extensions.find(ApplicationLayerProtocolNegotiationClientHello.class).ifPresent(alpn ->
                facts.add(Node.leaf("application protocols (ALPN)", alpn.protocolNameList().stream()
                        .map(MessageNotes::text).collect(Collectors.joining(", ")))));
        facts.add(Node.leaf("extensions", join(extensions.types())));
        return facts;
    }

    private static List<Node> helloRetryRequest(HelloRetryRequest retry) {
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("cipher suite chosen", retry.cipherSuite().toString()));
        retry.extensions().find(KeyShareHelloRetryRequest.class).ifPresent(k -> facts.add(
                Node.leaf("asks for a key share for", k.selectedGroup().toString())));
        retry.extensions().find(Cookie.class).ifPresent(c -> facts.add(
                Node.leaf("cookie", c.cookie().length() + " bytes, to be echoed")));
        facts.add(Node.leaf("why", "the client sent no key share for the group the server "
                + "prefers; the client answers with a second ClientHello (RFC 8446 §4.1.4)"));
        return facts;
    }

    private static List<Node> serverHello(ServerHello hello) {
        Extensions extensions = hello.extensions();
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("cipher suite chosen from the client's list",
                hello.cipherSuite().toString()));
        extensions.find(SupportedVersionsServerHello.class).ifPresent(v -> facts.add(
                Node.leaf("version chosen", v.selectedVersion().toString())));
        facts.add(Node.leaf("random", hex(hello.random())));
        facts.add(Node.leaf("session id", hello.legacySessionIdEcho().isEmpty() ? "empty"
                : hello.legacySessionIdEcho().length() + " bytes, echoed from the ClientHello"));
        facts.add(Node.leaf("compression method", hello.legacyCompressionMethod().toString()));
        extensions.find(KeyShareServerHello.class).ifPresent(k -> {
            facts.add(Node.leaf("key share chosen", share(k.serverShare())));
            facts.add(Node.leaf("secret key", "each side combines its own " + k.serverShare().group()
                    + " share with the other's into the same shared secret; no secret is "
                    + "encrypted with the server's public key in TLS 1.3 (that is TLS 1.2's RSA "
                    + "key exchange); from here on the handshake is encrypted"));
        });
        return facts;
    }

    private static List<Node> encryptedExtensions(Extensions extensions) {
        List<Node> facts = new ArrayList<>();
        extensions.find(ApplicationLayerProtocolNegotiationServerHello.class).ifPresent(alpn ->
                facts.add(Node.leaf("application protocol chosen (ALPN)", text(alpn.protocolName()))));
        facts.add(Node.leaf("extensions", extensions.isEmpty() ? "none" : join(extensions.types())));
        facts.add(Node.leaf("note", "the server hello's remaining extensions, the first message "
                + "protected with the server handshake traffic keys"));
        return facts;
    }

    private static List<Node> certificateRequest(CertificateRequestTls13 request) {
        List<Node> facts = new ArrayList<>();
        request.extensions().find(SignatureAlgorithms.class).ifPresent(s -> facts.add(
                Node.leaf("signature algorithms accepted (TLS 1.3's certificate types)",
                        join(s.supportedSignatureAlgorithms()))));
        request.extensions().find(org.tlsref.api.extension.CertificateAuthorities.class)
                .ifPresentOrElse(cas -> facts.add(Node.branch("acceptable CAs (certificate_authorities)",
                        cas.authorities().size() + " distinguished name(s)", names(cas.authorities()))),
                        () -> facts.add(Node.leaf("acceptable CAs", "not named (any CA)")));
        return facts;
    }

    private static List<Node> names(List<Bytes> authorities) {
        List<Node> names = new ArrayList<>();
        for (int i = 0; i < authorities.size(); i++) {
            names.add(Node.leaf("[" + i + "]", CertificateNotes.dn(authorities.get(i))));
        }
        return names;
    }

    private static List<Node> certificate(Side sender, CertificateTls13 certificate) {
        if (certificate.certificateList().isEmpty()) {
            return List.of(Node.leaf("certificates", "none: the client has no certificate to "
                    + "offer (TLS 1.3's \"no digital certificate\", RFC 8446 §4.4.2)"));
        }
        List<Node> facts = new ArrayList<>();
        for (int i = 0; i < certificate.certificateList().size(); i++) {
            facts.add(CertificateNotes.certificate(i == 0 ? sender.label() + " certificate"
                    : "issuer certificate [" + i + "]",
                    certificate.certificateList().get(i).certData()));
        }
        return facts;
    }

    private static List<Node> certificateVerify(Side sender, CertificateVerify verify) {
        return List.of(Node.leaf("signature scheme", verify.algorithm().toString()),
                Node.leaf("signature", verify.signature().length() + " bytes with the "
                        + sender.label() + "'s private key over the transcript hash: proof that "
                        + "it holds the key of its certificate (RFC 8446 §4.4.3)"));
    }

    private static List<Node> finished(Side sender, Finished finished) {
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("verify_data", finished.verifyData().length() + " bytes, an HMAC over "
                + "the whole handshake with the " + sender.label() + "'s finished key"));
        if (sender == Side.SERVER) {
            facts.add(Node.leaf("note", "in TLS 1.3 the server's Finished ends its first flight, "
                    + "before the client's (RFC 8446 §2)"));
        }
        return facts;
    }

    private static String share(KeyShareEntry entry) {
        return entry.group() + " " + entry.keyExchange().length() + " bytes";
    }

    private static String hex(Bytes bytes) {
        return bytes.length() + " bytes " + bytes.toHex();
    }

    private static String text(Bytes bytes) {
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
