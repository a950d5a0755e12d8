package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.CertificateStatusType;
import org.tlsref.api.registry.ExtensionType;

/**
 * Picks the decoder for an extension body by its type and the message it came in.
 *
 * <p>A type gets its typed form in every message where some TLS version defines one (the TLS 1.2
 * ServerHello and the TLS 1.3 ServerHello share {@link ExtensionContext#SERVER_HELLO}). Unknown
 * types, and known types in a message where no form is defined, stay {@link UnknownExtension}:
 * rejecting a misplaced extension is {@link ExtensionTable}'s job, not the decoder's.
 */
final class ExtensionCodecs {
    /** A form's static {@code decode(TlsReader)}. */
    private interface Decoder extends Function<TlsReader, Extension> {
    }

    private static final Map<ExtensionContext, Map<ExtensionType, Decoder>> FORMS = forms();

    private ExtensionCodecs() {
    }

    /** Decodes one extension_data; the caller checks that it was read to its end. */
    static Extension decode(ExtensionType type, ExtensionContext context, TlsReader body) {
        Decoder form = FORMS.get(context).get(type);
        return form == null ? UnknownExtension.decode(type, body) : form.apply(body);
    }

    /** True when {@code type} has a typed form in {@code context}. */
    static boolean hasForm(ExtensionType type, ExtensionContext context) {
        return FORMS.get(context).containsKey(type);
    }

    private static Map<ExtensionContext, Map<ExtensionType, Decoder>> forms() {
        Map<ExtensionContext, Map<ExtensionType, Decoder>> forms =
                new EnumMap<>(ExtensionContext.class);
        forms.put(CLIENT_HELLO, clientHello());
        forms.put(SERVER_HELLO, serverHello());
        forms.put(HELLO_RETRY_REQUEST, Map.ofEntries(
                form(ExtensionType.SUPPORTED_VERSIONS, SupportedVersionsServerHello::decode),
                form(ExtensionType.COOKIE, Cookie::decode),
                form(ExtensionType.KEY_SHARE, KeyShareHelloRetryRequest::decode)));
        forms.put(ENCRYPTED_EXTENSIONS, Map.ofEntries(
                form(ExtensionType.SERVER_NAME, ServerNameServerHello::decode),
                form(ExtensionType.MAX_FRAGMENT_LENGTH, MaxFragmentLengthExtension::decode),
                form(ExtensionType.SUPPORTED_GROUPS, SupportedGroups::decode),
                form(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                        ApplicationLayerProtocolNegotiationServerHello::decode),
                form(ExtensionType.RECORD_SIZE_LIMIT, RecordSizeLimit::decode),
                form(ExtensionType.EARLY_DATA, EarlyDataEncryptedExtensions::decode)));
        forms.put(CERTIFICATE_REQUEST, Map.ofEntries(
                form(ExtensionType.SERVER_NAME, ServerNameClientHello::decode),
                form(ExtensionType.STATUS_REQUEST, StatusRequestCertificateRequest::decode),
                form(ExtensionType.SIGNATURE_ALGORITHMS, SignatureAlgorithms::decode),
                form(ExtensionType.SIGNATURE_ALGORITHMS_CERT, SignatureAlgorithmsCert::decode),
                form(ExtensionType.CERTIFICATE_AUTHORITIES, CertificateAuthorities::decode),
                form(ExtensionType.OID_FILTERS, OidFilters::decode)));
        forms.put(CERTIFICATE, Map.ofEntries(
                form(ExtensionType.STATUS_REQUEST, ExtensionCodecs::certificateStatus)));
        forms.put(NEW_SESSION_TICKET, Map.ofEntries(
                form(ExtensionType.EARLY_DATA, EarlyDataNewSessionTicket::decode)));
        return Collections.unmodifiableMap(forms);
    }

    private static Map<ExtensionType, Decoder> clientHello() {
        return Map.ofEntries(
                form(ExtensionType.SERVER_NAME, ServerNameClientHello::decode),
                form(ExtensionType.MAX_FRAGMENT_LENGTH, MaxFragmentLengthExtension::decode),
                form(ExtensionType.STATUS_REQUEST, ExtensionCodecs::certificateStatusRequest),
                form(ExtensionType.SUPPORTED_GROUPS, SupportedGroups::decode),
                form(ExtensionType.EC_POINT_FORMATS, EcPointFormats::decode),
                form(ExtensionType.SIGNATURE_ALGORITHMS, SignatureAlgorithms::decode),
                form(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                        ApplicationLayerProtocolNegotiationClientHello::decode),
                form(ExtensionType.PADDING, Padding::decode),
                form(ExtensionType.ENCRYPT_THEN_MAC, EncryptThenMac::decode),
                form(ExtensionType.EXTENDED_MASTER_SECRET, ExtendedMasterSecret::decode),
                form(ExtensionType.RECORD_SIZE_LIMIT, RecordSizeLimit::decode),
                form(ExtensionType.SESSION_TICKET, SessionTicketClientHello::decode),
                form(ExtensionType.PRE_SHARED_KEY, PreSharedKeyClientHello::decode),
                form(ExtensionType.EARLY_DATA, EarlyDataClientHello::decode),
                form(ExtensionType.SUPPORTED_VERSIONS, SupportedVersionsClientHello::decode),
                form(ExtensionType.COOKIE, Cookie::decode),
                form(ExtensionType.PSK_KEY_EXCHANGE_MODES, PskKeyExchangeModes::decode),
                form(ExtensionType.CERTIFICATE_AUTHORITIES, CertificateAuthorities::decode),
                form(ExtensionType.POST_HANDSHAKE_AUTH, PostHandshakeAuth::decode),
                form(ExtensionType.SIGNATURE_ALGORITHMS_CERT, SignatureAlgorithmsCert::decode),
                form(ExtensionType.KEY_SHARE, KeyShareClientHello::decode),
                form(ExtensionType.RENEGOTIATION_INFO, RenegotiationInfo::decode));
    }

    /** TLS 1.2 and TLS 1.3 ServerHello forms together: no type has a different form in each. */
    private static Map<ExtensionType, Decoder> serverHello() {
        return Map.ofEntries(
                form(ExtensionType.SERVER_NAME, ServerNameServerHello::decode),
                form(ExtensionType.MAX_FRAGMENT_LENGTH, MaxFragmentLengthExtension::decode),
                form(ExtensionType.STATUS_REQUEST, StatusRequestServerHello::decode),
                form(ExtensionType.EC_POINT_FORMATS, EcPointFormats::decode),
                form(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                        ApplicationLayerProtocolNegotiationServerHello::decode),
                form(ExtensionType.ENCRYPT_THEN_MAC, EncryptThenMac::decode),
                form(ExtensionType.EXTENDED_MASTER_SECRET, ExtendedMasterSecret::decode),
                form(ExtensionType.RECORD_SIZE_LIMIT, RecordSizeLimit::decode),
                form(ExtensionType.SESSION_TICKET, SessionTicketServerHello::decode),
                form(ExtensionType.PRE_SHARED_KEY, PreSharedKeyServerHello::decode),
                form(ExtensionType.SUPPORTED_VERSIONS, SupportedVersionsServerHello::decode),
                form(ExtensionType.KEY_SHARE, KeyShareServerHello::decode),
                form(ExtensionType.RENEGOTIATION_INFO, RenegotiationInfo::decode));
    }

    /**
     * RFC 6066 §8 defines the request only for status_type ocsp; another type cannot be parsed,
     * so it stays opaque and the server ignores it.
     */
    private static Extension certificateStatusRequest(TlsReader body) {
        return body.peekU8() == CertificateStatusType.OCSP.code()
                ? CertificateStatusRequest.decode(body)
                : UnknownExtension.decode(ExtensionType.STATUS_REQUEST, body);
    }

    /**
     * RFC 8446 §4.4.2.1: "the body of the "status_request" extension from the server MUST be a
     * CertificateStatus structure as defined in [RFC6066]", which exists only for status_type
     * ocsp; unlike a request (which a server may ignore), a response of another type is refused.
     */
    private static Extension certificateStatus(TlsReader body) {
        return CertificateStatus.decode(body);
    }

    private static Map.Entry<ExtensionType, Decoder> form(ExtensionType type, Decoder decoder) {
        return Map.entry(type, decoder);
    }
}
