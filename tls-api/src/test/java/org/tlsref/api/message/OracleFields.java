package org.tlsref.api.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.EarlyDataClientHello;
import org.tlsref.api.extension.EarlyDataEncryptedExtensions;
import org.tlsref.api.extension.EarlyDataNewSessionTicket;
import org.tlsref.api.extension.EcPointFormats;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.extension.KeyShareServerHello;
import org.tlsref.api.extension.Padding;
import org.tlsref.api.extension.PreSharedKeyClientHello;
import org.tlsref.api.extension.PreSharedKeyServerHello;
import org.tlsref.api.extension.PskKeyExchangeModes;
import org.tlsref.api.extension.RecordSizeLimit;
import org.tlsref.api.extension.RenegotiationInfo;
import org.tlsref.api.extension.ServerNameClientHello;
import org.tlsref.api.extension.ServerNameServerHello;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.extension.SupportedGroups;
import org.tlsref.api.extension.SupportedVersionsClientHello;
import org.tlsref.api.extension.SupportedVersionsServerHello;

/**
 * The decoded values of a message, named and shaped as the independent oracle writes the
 * {@code fields} of vectors/rfc8448 and vectors/recorded (vectors/README.md): codes as integers,
 * opaque values as hex, host names as text. A field the oracle wrote but this class cannot produce
 * is a test failure, so the comparison covers every field the vectors hold.
 */
final class OracleFields {
    private OracleFields() {
    }

    static Map<String, Object> of(HandshakeMessage m) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (m instanceof ClientHello ch) {
            f.put("legacy_version", ch.legacyVersion().code());
            f.put("random", ch.random().toHex());
            f.put("legacy_session_id", ch.legacySessionId().toHex());
            f.put("cipher_suites", codes(ch.cipherSuites(), c -> c.code()));
            f.put("legacy_compression_methods", codes(ch.legacyCompressionMethods(), c -> c.code()));
            clientExtensions(ch.extensions(), f);
        } else if (m instanceof ServerHello sh) {
            hello(f, sh.legacyVersion().code(), sh.random(), sh.legacySessionIdEcho(),
                    sh.cipherSuite().code(), sh.legacyCompressionMethod().code(), false);
            serverExtensions(sh.extensions(), f);
        } else if (m instanceof HelloRetryRequest hrr) {
            hello(f, hrr.legacyVersion().code(), hrr.random(), hrr.legacySessionIdEcho(),
                    hrr.cipherSuite().code(), hrr.legacyCompressionMethod().code(), true);
            serverExtensions(hrr.extensions(), f);
        } else {
            otherMessage(m, f);
        }
        return f;
    }

    private static void hello(Map<String, Object> f, int version, Bytes random, Bytes sessionId,
            int suite, int compression, boolean retry) {
        f.put("legacy_version", version);
        f.put("random", random.toHex());
        f.put("is_hello_retry_request", retry);
        f.put("legacy_session_id_echo", sessionId.toHex());
        f.put("cipher_suite", suite);
        f.put("legacy_compression_method", compression);
    }

    private static void clientExtensions(Extensions e, Map<String, Object> f) {
        f.put("extensions", codes(e.types(), t -> t.code()));
        e.find(ServerNameClientHello.class).ifPresent(x -> f.put("server_name",
                codes(x.serverNameList(), n -> new String(n.name().toByteArray(),
                        java.nio.charset.StandardCharsets.US_ASCII))));
        e.find(RenegotiationInfo.class).ifPresent(x ->
                f.put("renegotiated_connection", x.renegotiatedConnection().toHex()));
        e.find(SupportedGroups.class).ifPresent(x ->
                f.put("supported_groups", codes(x.namedGroupList(), g -> g.code())));
        e.find(EcPointFormats.class).ifPresent(x ->
                f.put("ec_point_formats", codes(x.ecPointFormatList(), p -> p.code())));
        e.find(KeyShareClientHello.class).ifPresent(x -> {
            f.put("key_share_groups", codes(x.clientShares(), s -> s.group().code()));
            f.put("key_share_key_exchange", codes(x.clientShares(), s -> s.keyExchange().toHex()));
        });
        e.find(SupportedVersionsClientHello.class).ifPresent(x ->
                f.put("supported_versions", codes(x.versions(), v -> v.code())));
        e.find(SignatureAlgorithms.class).ifPresent(x ->
                f.put("signature_algorithms", codes(x.supportedSignatureAlgorithms(), s -> s.code())));
        e.find(PskKeyExchangeModes.class).ifPresent(x ->
                f.put("psk_key_exchange_modes", codes(x.keModes(), k -> k.code())));
        e.find(RecordSizeLimit.class).ifPresent(x -> f.put("record_size_limit", x.recordSizeLimit()));
        e.find(Cookie.class).ifPresent(x -> f.put("cookie", x.cookie().toHex()));
        e.find(EarlyDataClientHello.class).ifPresent(x -> f.put("early_data", true));
        e.find(Padding.class).ifPresent(x -> f.put("padding_length", x.length()));
        e.find(PreSharedKeyClientHello.class).ifPresent(x -> {
            f.put("psk_identities", codes(x.identities(), i -> i.identity().toHex()));
            f.put("psk_obfuscated_ticket_ages", codes(x.identities(), i -> i.obfuscatedTicketAge()));
            f.put("psk_binders", codes(x.binders(), Bytes::toHex));
        });
    }

    private static void serverExtensions(Extensions e, Map<String, Object> f) {
        f.put("extensions", codes(e.types(), t -> t.code()));
        e.find(RenegotiationInfo.class).ifPresent(x ->
                f.put("renegotiated_connection", x.renegotiatedConnection().toHex()));
        e.find(EcPointFormats.class).ifPresent(x ->
                f.put("ec_point_formats", codes(x.ecPointFormatList(), p -> p.code())));
        e.find(KeyShareServerHello.class).ifPresent(x -> {
            f.put("key_share_group", x.serverShare().group().code());
            f.put("key_share_key_exchange", x.serverShare().keyExchange().toHex());
        });
        e.find(KeyShareHelloRetryRequest.class).ifPresent(x ->
                f.put("key_share_selected_group", x.selectedGroup().code()));
        e.find(SupportedVersionsServerHello.class).ifPresent(x ->
                f.put("selected_version", x.selectedVersion().code()));
        e.find(Cookie.class).ifPresent(x -> f.put("cookie", x.cookie().toHex()));
        e.find(PreSharedKeyServerHello.class).ifPresent(x ->
                f.put("psk_selected_identity", x.selectedIdentity()));
    }

    private static void otherMessage(HandshakeMessage m, Map<String, Object> f) {
        if (m instanceof EncryptedExtensions ee) {
            Extensions e = ee.extensions();
            f.put("extensions", codes(e.types(), t -> t.code()));
            e.find(SupportedGroups.class).ifPresent(x ->
                    f.put("supported_groups", codes(x.namedGroupList(), g -> g.code())));
            e.find(RecordSizeLimit.class).ifPresent(x -> f.put("record_size_limit", x.recordSizeLimit()));
            e.find(ServerNameServerHello.class).ifPresent(x -> f.put("server_name", List.of()));
            e.find(EarlyDataEncryptedExtensions.class).ifPresent(x -> f.put("early_data", true));
        } else if (m instanceof CertificateTls13 c) {
            f.put("certificate_request_context", c.certificateRequestContext().toHex());
            f.put("certificate_count", c.certificateList().size());
            f.put("certificate_lengths", codes(c.certificateList(), x -> x.certData().length()));
            f.put("entry_extensions", codes(c.certificateList(),
                    x -> codes(x.extensions().types(), t -> t.code())));
        } else if (m instanceof CertificateTls12 c) {
            f.put("certificate_count", c.certificateList().size());
            f.put("certificate_lengths", codes(c.certificateList(), Bytes::length));
        } else if (m instanceof CertificateRequestTls13 cr) {
            f.put("certificate_request_context", cr.certificateRequestContext().toHex());
            f.put("extensions", codes(cr.extensions().types(), t -> t.code()));
            cr.extensions().find(SignatureAlgorithms.class).ifPresent(x -> f.put(
                    "signature_algorithms", codes(x.supportedSignatureAlgorithms(), s -> s.code())));
        } else if (m instanceof CertificateRequestTls12 cr) {
            f.put("certificate_types", codes(cr.certificateTypes(), t -> t.code()));
            f.put("supported_signature_algorithms",
                    codes(cr.supportedSignatureAlgorithms(), s -> s.code()));
            f.put("certificate_authorities_count", cr.certificateAuthorities().size());
        } else {
            keyExchangeOrFinal(m, f);
        }
    }

    private static void keyExchangeOrFinal(HandshakeMessage m, Map<String, Object> f) {
        if (m instanceof CertificateVerify cv) {
            f.put("signature_scheme", cv.algorithm().code());
            f.put("signature_length", cv.signature().length());
        } else if (m instanceof Finished fin) {
            f.put("verify_data", fin.verifyData().toHex());
        } else if (m instanceof NewSessionTicketTls13 t) {
            f.put("ticket_lifetime", t.ticketLifetime());
            f.put("ticket_age_add", t.ticketAgeAdd());
            f.put("ticket_nonce", t.ticketNonce().toHex());
            f.put("ticket_length", t.ticket().length());
            f.put("extensions", codes(t.extensions().types(), x -> x.code()));
            t.extensions().find(EarlyDataNewSessionTicket.class).ifPresent(x ->
                    f.put("max_early_data_size", x.maxEarlyDataSize()));
        } else if (m instanceof NewSessionTicketTls12 t) {
            f.put("ticket_lifetime", t.ticketLifetimeHint());
            f.put("ticket_length", t.ticket().length());
        } else if (m instanceof ServerKeyExchangeEcdhe ske) {
            f.put("curve_type", 3);
            f.put("named_curve", ske.params().namedCurve().code());
            f.put("public_length", ske.params().publicKey().length());
            f.put("signature_scheme", ske.algorithm().code());
            f.put("signature_length", ske.signature().length());
        } else if (m instanceof ClientKeyExchangeEcdhe cke) {
            f.put("public_length", cke.ecdhYc().length());
        } else if (m instanceof ClientKeyExchangeRsa cke) {
            f.put("encrypted_pre_master_secret_length", cke.encryptedPreMasterSecret().length());
        }
    }

    private static <T> List<Object> codes(List<T> items, Function<T, Object> code) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(code.apply(i)));
        return out;
    }
}
