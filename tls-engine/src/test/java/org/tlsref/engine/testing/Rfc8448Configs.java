package org.tlsref.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.api.testing.Sender;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.ValidationPolicy;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.config.CertificateAuthoritiesHint;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.ClientHelloPadding;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.HostnameVerification;
import org.tlsref.engine.config.MiddleboxCompatibility;
import org.tlsref.engine.config.SigningKey;
import org.tlsref.engine.config.Tls12SessionTickets;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.keyschedule.KeyLog;

/**
 * The configurations of the RFC 8448 client and server, read from what the traces show: the
 * client's offer from its ClientHello, the server's groups from its EncryptedExtensions, the
 * randomness from the trace's inputs in the order the engine draws it.
 */
public final class Rfc8448Configs {
    /** The RFC 8448 client's host name (its server_name). */
    public static final String SERVER_NAME = "server";

    private Rfc8448Configs() {
    }

    /** How the server signs its CertificateVerify in a replay. */
    public enum ServerSigning {
        /** With the RFC 8448 §2 RSA key and a salt of its own: the signature differs. */
        RSA_KEY,
        /** With the trace's signature: every byte is the trace's. */
        RECORDED
    }

    /** The client of {@code trace}, logging its secrets to {@code keyLog}. */
    public static TlsConfig client(Rfc8448Trace trace, KeyLog keyLog) {
        JsonNode hello = trace.fields(0);
        Bytes sessionId = Vectors.bytes(hello.get("legacy_session_id"));
        List<Bytes> randomness = new ArrayList<>(List.of(trace.input("client random"), sessionId,
                trace.input("client ephemeral x25519 private key")));
        if (trace.hasInput("client ephemeral P-256 private key")) {
            randomness.add(ReplayRandom.nistScalar(
                    trace.input("client ephemeral P-256 private key")));
        }
        TlsConfig.Builder builder = common(keyLog)
                .supportedGroups(groups(hello.get("supported_groups")))
                .keyShareGroups(NamedGroup.X25519)
                .signatureAlgorithmsOffered(schemes(hello.get("signature_algorithms")))
                .trustAnchors(trace.chain(Sender.SERVER))
                .hostnameVerification(HostnameVerification.SKIP)
                .middleboxCompatibility(sessionId.isEmpty() ? MiddleboxCompatibility.DISABLED
                        : MiddleboxCompatibility.ENABLED)
                .tls12SessionTickets(hasExtension(hello, 35) ? Tls12SessionTickets.OFFER
                        : Tls12SessionTickets.DO_NOT_OFFER)
                .clientHelloPadding(ClientHelloPadding.TO_512_BYTES)
                .random(ReplayRandom.of(randomness.toArray(Bytes[]::new)));
        if (hasMessage(trace, "client", "CertificateVerify")) {
            builder.certifiedKeys(recorded(trace, Sender.CLIENT));
        }
        return builder.build();
    }

    /** The server of {@code trace}. */
    public static TlsConfig server(Rfc8448Trace trace, KeyLog keyLog, ServerSigning signing) {
        return server(trace, keyLog, signing, HandshakeListener.NONE);
    }

    /** The server of {@code trace}, observed by {@code listener}. */
    public static TlsConfig server(Rfc8448Trace trace, KeyLog keyLog, ServerSigning signing,
            HandshakeListener listener) {
        JsonNode encryptedExtensions = trace.fields(indexOf(trace, "server",
                "EncryptedExtensions"));
        Bytes serverKey = trace.hasInput("server ephemeral x25519 private key")
                ? trace.input("server ephemeral x25519 private key")
                : ReplayRandom.nistScalar(trace.input("server ephemeral P-256 private key"));
        TlsConfig.Builder builder = common(keyLog)
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256,
                        CipherSuite.TLS_AES_256_GCM_SHA384,
                        CipherSuite.TLS_CHACHA20_POLY1305_SHA256)
                .supportedGroups(groups(encryptedExtensions.get("supported_groups")))
                .keyShareGroups()
                .signatureAlgorithmsOffered(schemes(trace.fields(0).get("signature_algorithms")))
                .certifiedKeys(signing == ServerSigning.RECORDED
                        ? recorded(trace, Sender.SERVER)
                        : CertifiedKey.of(trace.chain(Sender.SERVER),
                                Rfc8448Trace.serverRsaKey()))
                .random(ReplayRandom.of(trace.input("server random"), serverKey))
                .listener(listener);
        JsonNode first = trace.fields(1);
        if (first.get("is_hello_retry_request").asBoolean()) {
            Bytes cookie = Vectors.bytes(first.get("cookie"));
            builder.retryCookies(hash -> cookie);
        }
        if (hasMessage(trace, "client", "Certificate")) {
            builder.clientAuthentication(ClientAuthentication.REQUIRED)
                    .trustAnchors(trace.chain(Sender.CLIENT))
                    .certificateAuthorities(CertificateAuthoritiesHint.OMIT);
        }
        return builder.build();
    }

    private static TlsConfig.Builder common(KeyLog keyLog) {
        return TlsConfig.builder()
                .versions(ProtocolVersion.TLS_1_3)
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256,
                        CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
                        CipherSuite.TLS_AES_256_GCM_SHA384)
                .signatureSchemes(SignatureScheme.RSA_PSS_RSAE_SHA256,
                        SignatureScheme.ECDSA_SECP256R1_SHA256)
                .recordSizeLimit(16385)
                .validationPolicy(ValidationPolicy.defaults().withMinimumRsaBits(1024))
                .clock(Rfc8448Trace.CLOCK)
                .keyLog(keyLog)
                .cryptoProvider(new AdvertisingProvider(CryptoProviders.defaults(),
                        List.of(NamedGroup.FFDHE4096, NamedGroup.FFDHE6144,
                                NamedGroup.FFDHE8192)));
    }

    /** The sender's chain with its trace's recorded CertificateVerify signature. */
    private static CertifiedKey recorded(Rfc8448Trace trace, Sender sender) {
        var verify = trace.certificateVerify(sender);
        SigningKey key = new RecordedSigningKey(verify.algorithm(), verify.signature());
        return new CertifiedKey(CertificateChain.of(trace.chain(sender)), key, List.of());
    }

    private static NamedGroup[] groups(JsonNode codes) {
        List<NamedGroup> groups = new ArrayList<>();
        codes.forEach(code -> groups.add(NamedGroup.of(code.intValue())));
        return groups.toArray(NamedGroup[]::new);
    }

    private static SignatureScheme[] schemes(JsonNode codes) {
        List<SignatureScheme> schemes = new ArrayList<>();
        codes.forEach(code -> schemes.add(SignatureScheme.of(code.intValue())));
        return schemes.toArray(SignatureScheme[]::new);
    }

    private static boolean hasExtension(JsonNode fields, int type) {
        for (JsonNode code : fields.get("extensions")) {
            if (code.intValue() == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMessage(Rfc8448Trace trace, String sender, String label) {
        Sender from = sender.equals("client") ? Sender.CLIENT : Sender.SERVER;
        return trace.messages().stream()
                .anyMatch(m -> m.sender() == from && m.label().equals(label));
    }

    private static int indexOf(Rfc8448Trace trace, String sender, String label) {
        return trace.message(sender.equals("client") ? Sender.CLIENT : Sender.SERVER, label)
                .index();
    }
}
