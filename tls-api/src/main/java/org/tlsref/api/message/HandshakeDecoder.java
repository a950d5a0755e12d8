package org.tlsref.api.message;

import java.util.HashMap;
import java.util.Map;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.HandshakeType;

/**
 * Decodes a received handshake message into its form for the receiver's {@link DecodeContext}.
 *
 * <p>A type with no form in the context, or a type this library does not know, is
 * {@link DecodeFailure#UNEXPECTED_MESSAGE} (RFC 8446 §4: "A peer which receives a handshake
 * message in an unexpected order MUST abort the handshake with an "unexpected_message" alert";
 * RFC 5246 §7.4). message_hash is never sent (RFC 8446 §4.4.1), so it is unexpected too. Whether
 * a message is expected in the current state is the engine's question, not this class's.
 */
public final class HandshakeDecoder {
    /** Reads a whole message body in one form. */
    private interface Form {
        HandshakeMessage decode(TlsReader body);
    }

    private static final Map<HandshakeType, Form> TLS13_FORMS = Map.ofEntries(
            form(HandshakeType.CLIENT_HELLO, ClientHello::decode),
            form(HandshakeType.SERVER_HELLO, HandshakeDecoder::serverHelloOrRetry),
            form(HandshakeType.NEW_SESSION_TICKET, NewSessionTicketTls13::decode),
            form(HandshakeType.END_OF_EARLY_DATA, EndOfEarlyData::decode),
            form(HandshakeType.ENCRYPTED_EXTENSIONS, EncryptedExtensions::decode),
            form(HandshakeType.CERTIFICATE, CertificateTls13::decode),
            form(HandshakeType.CERTIFICATE_REQUEST, CertificateRequestTls13::decode),
            form(HandshakeType.CERTIFICATE_VERIFY, CertificateVerify::decode),
            form(HandshakeType.FINISHED, Finished::decode),
            form(HandshakeType.KEY_UPDATE, KeyUpdate::decode));

    private static final Map<HandshakeType, Form> TLS12_COMMON_FORMS = Map.ofEntries(
            form(HandshakeType.HELLO_REQUEST, HelloRequest::decode),
            form(HandshakeType.CLIENT_HELLO, ClientHello::decode),
            form(HandshakeType.SERVER_HELLO, HandshakeDecoder::serverHelloOrRetry),
            form(HandshakeType.NEW_SESSION_TICKET, NewSessionTicketTls12::decode),
            form(HandshakeType.CERTIFICATE, CertificateTls12::decode),
            form(HandshakeType.CERTIFICATE_REQUEST, CertificateRequestTls12::decode),
            form(HandshakeType.SERVER_HELLO_DONE, ServerHelloDone::decode),
            form(HandshakeType.CERTIFICATE_VERIFY, CertificateVerify::decode),
            form(HandshakeType.FINISHED, Finished::decode));

    private static final Map<HandshakeType, Form> TLS12_ECDHE_FORMS = tls12With(
            form(HandshakeType.SERVER_KEY_EXCHANGE, ServerKeyExchangeEcdhe::decode),
            form(HandshakeType.CLIENT_KEY_EXCHANGE, ClientKeyExchangeEcdhe::decode));

    /** RFC 5246 §7.4.3: ServerKeyExchange "MUST NOT be sent" for RSA key transport. */
    private static final Map<HandshakeType, Form> TLS12_RSA_FORMS = tls12With(
            form(HandshakeType.CLIENT_KEY_EXCHANGE, ClientKeyExchangeRsa::decode));

    private HandshakeDecoder() {
    }

    /**
     * Decodes a whole {@code Handshake} struct (RFC 8446 §4): msg_type, uint24 length, body. The
     * length must cover exactly the rest of {@code message}: fewer bytes is
     * {@link DecodeFailure#TRUNCATED}, more is {@link DecodeFailure#TRAILING_BYTES}.
     */
    public static HandshakeMessage decode(Bytes message, DecodeContext context) {
        TlsReader r = message.reader().named("Handshake");
        HandshakeType type = HandshakeType.of(r.u8());
        Bytes body = r.opaque24(0, 0xFFFFFF);
        r.expectEnd();
        return decode(type, body, context);
    }

    /**
     * Decodes the body of a message of {@code type} into its form for {@code context}; the whole
     * body must be read.
     */
    public static HandshakeMessage decode(HandshakeType type, Bytes body, DecodeContext context) {
        Form form = forms(context).get(type);
        if (form == null) {
            throw new TlsAlert(DecodeFailure.UNEXPECTED_MESSAGE,
                    type + " has no form in " + context);
        }
        return form.decode(body.reader().named(type.toString()));
    }

    private static Map<HandshakeType, Form> forms(DecodeContext context) {
        return switch (context) {
            case TLS13 -> TLS13_FORMS;
            case TLS12_ECDHE -> TLS12_ECDHE_FORMS;
            case TLS12_RSA -> TLS12_RSA_FORMS;
        };
    }

    /**
     * RFC 8446 §4.1.3: "Upon receiving a message with type server_hello, implementations MUST
     * first examine the Random value and, if it matches this value, process it as described in
     * Section 4.1.4."
     */
    private static HandshakeMessage serverHelloOrRetry(TlsReader body) {
        return HelloRetryRequest.isHelloRetryRequest(body.peekRest())
                ? HelloRetryRequest.decode(body)
                : ServerHello.decode(body);
    }

    private static Map.Entry<HandshakeType, Form> form(HandshakeType type, Form form) {
        return Map.entry(type, form);
    }

    @SafeVarargs
    private static Map<HandshakeType, Form> tls12With(Map.Entry<HandshakeType, Form>... more) {
        Map<HandshakeType, Form> all = new HashMap<>(TLS12_COMMON_FORMS);
        for (Map.Entry<HandshakeType, Form> e : more) {
            all.put(e.getKey(), e.getValue());
        }
        return Map.copyOf(all);
    }
}
