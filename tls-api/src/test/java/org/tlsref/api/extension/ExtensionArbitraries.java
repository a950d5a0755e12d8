package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.EcPointFormat;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.MaxFragmentLength;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.PskKeyExchangeMode;
import org.tlsref.api.registry.ServerNameType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * jqwik generators for every extension form, for the codec properties here and for the message
 * and engine tests that build whole handshake messages.
 *
 * <p>Every generated value is valid on the wire: it respects its RFC bounds and the rules strict
 * decoding enforces (no duplicate groups, one binder per PSK identity, ...), so
 * {@code decode(encode(e))} gives {@code e} back in each message {@link Form#contexts()} lists.
 * Registry values mix named codes with arbitrary ones (GREASE and unknown values must survive).
 */
public final class ExtensionArbitraries {
    /**
     * One typed extension form: its record class, its extension_type, a generator and the
     * messages in which its bytes decode to it.
     */
    public record Form(Class<? extends Extension> form, ExtensionType type,
            Arbitrary<? extends Extension> values, Set<ExtensionContext> contexts) {
        /** The record's simple name, for reports. */
        public String name() {
            return form.getSimpleName();
        }
    }

    private static final List<Form> FORMS = List.of(
            form(ServerNameClientHello.class, ExtensionType.SERVER_NAME, serverNameClientHello(),
                    CLIENT_HELLO, CERTIFICATE_REQUEST),
            form(ServerNameServerHello.class, ExtensionType.SERVER_NAME,
                    Arbitraries.just(new ServerNameServerHello()), SERVER_HELLO,
                            ENCRYPTED_EXTENSIONS),
            form(MaxFragmentLengthExtension.class, ExtensionType.MAX_FRAGMENT_LENGTH,
                    Arbitraries.of(MaxFragmentLength.known()).map(MaxFragmentLengthExtension::new),
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            form(CertificateStatusRequest.class, ExtensionType.STATUS_REQUEST,
                    certificateStatusRequest(), CLIENT_HELLO),
            form(StatusRequestServerHello.class, ExtensionType.STATUS_REQUEST,
                    Arbitraries.just(new StatusRequestServerHello()), SERVER_HELLO),
            form(StatusRequestCertificateRequest.class, ExtensionType.STATUS_REQUEST,
                    Arbitraries.just(new StatusRequestCertificateRequest()), CERTIFICATE_REQUEST),
            form(CertificateStatus.class, ExtensionType.STATUS_REQUEST,
                    bytes(1, 300).map(CertificateStatus::new), CERTIFICATE),
            form(SupportedGroups.class, ExtensionType.SUPPORTED_GROUPS, supportedGroups(),
                    CLIENT_HELLO, ENCRYPTED_EXTENSIONS),
            form(EcPointFormats.class, ExtensionType.EC_POINT_FORMATS,
                    codes(EcPointFormat.known(), 0xFF, EcPointFormat::of).list().ofMinSize(1)
                            .ofMaxSize(4).map(EcPointFormats::new),
                    CLIENT_HELLO, SERVER_HELLO),
            form(SignatureAlgorithms.class, ExtensionType.SIGNATURE_ALGORITHMS,
                    signatureSchemes().map(SignatureAlgorithms::new), CLIENT_HELLO,
                            CERTIFICATE_REQUEST),
            form(SignatureAlgorithmsCert.class, ExtensionType.SIGNATURE_ALGORITHMS_CERT,
                    signatureSchemes().map(SignatureAlgorithmsCert::new),
                    CLIENT_HELLO, CERTIFICATE_REQUEST),
            form(ApplicationLayerProtocolNegotiationClientHello.class,
                    ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                    protocolName().list().ofMinSize(1).ofMaxSize(4)
                            .map(ApplicationLayerProtocolNegotiationClientHello::new),
                    CLIENT_HELLO),
            form(ApplicationLayerProtocolNegotiationServerHello.class,
                    ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                    protocolName().map(ApplicationLayerProtocolNegotiationServerHello::new),
                    SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            form(Padding.class, ExtensionType.PADDING,
                    Arbitraries.integers().between(0, 512).map(Padding::new), CLIENT_HELLO),
            form(EncryptThenMac.class, ExtensionType.ENCRYPT_THEN_MAC,
                    Arbitraries.just(new EncryptThenMac()), CLIENT_HELLO, SERVER_HELLO),
            form(ExtendedMasterSecret.class, ExtensionType.EXTENDED_MASTER_SECRET,
                    Arbitraries.just(new ExtendedMasterSecret()), CLIENT_HELLO, SERVER_HELLO),
            form(RecordSizeLimit.class, ExtensionType.RECORD_SIZE_LIMIT,
                    Arbitraries.integers().between(RecordSizeLimit.MINIMUM, 0xFFFF)
                            .map(RecordSizeLimit::new),
                    CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS),
            form(SessionTicketClientHello.class, ExtensionType.SESSION_TICKET,
                    bytes(0, 300).map(SessionTicketClientHello::new), CLIENT_HELLO),
            form(SessionTicketServerHello.class, ExtensionType.SESSION_TICKET,
                    Arbitraries.just(new SessionTicketServerHello()), SERVER_HELLO),
            form(PreSharedKeyClientHello.class, ExtensionType.PRE_SHARED_KEY,
                    preSharedKeyClientHello(), CLIENT_HELLO),
            form(PreSharedKeyServerHello.class, ExtensionType.PRE_SHARED_KEY,
                    Arbitraries.integers().between(0, 0xFFFF).map(PreSharedKeyServerHello::new),
                    SERVER_HELLO),
            form(EarlyDataClientHello.class, ExtensionType.EARLY_DATA,
                    Arbitraries.just(new EarlyDataClientHello()), CLIENT_HELLO),
            form(EarlyDataEncryptedExtensions.class, ExtensionType.EARLY_DATA,
                    Arbitraries.just(new EarlyDataEncryptedExtensions()), ENCRYPTED_EXTENSIONS),
            form(EarlyDataNewSessionTicket.class, ExtensionType.EARLY_DATA,
                    Arbitraries.longs().between(0, 0xFFFFFFFFL).map(EarlyDataNewSessionTicket::new),
                    NEW_SESSION_TICKET),
            form(SupportedVersionsClientHello.class, ExtensionType.SUPPORTED_VERSIONS,
                    protocolVersion().list().ofMinSize(1).ofMaxSize(8)
                            .map(SupportedVersionsClientHello::new),
                    CLIENT_HELLO),
            form(SupportedVersionsServerHello.class, ExtensionType.SUPPORTED_VERSIONS,
                    protocolVersion().map(SupportedVersionsServerHello::new),
                    SERVER_HELLO, HELLO_RETRY_REQUEST),
            form(Cookie.class, ExtensionType.COOKIE, bytes(1, 300).map(Cookie::new),
                    CLIENT_HELLO, HELLO_RETRY_REQUEST),
            form(PskKeyExchangeModes.class, ExtensionType.PSK_KEY_EXCHANGE_MODES,
                    codes(PskKeyExchangeMode.known(), 0xFF, PskKeyExchangeMode::of).list()
                            .ofMinSize(1).ofMaxSize(4).map(PskKeyExchangeModes::new),
                    CLIENT_HELLO),
            form(CertificateAuthorities.class, ExtensionType.CERTIFICATE_AUTHORITIES,
                    bytes(1, 80).list().ofMinSize(1).ofMaxSize(4).map(CertificateAuthorities::new),
                    CLIENT_HELLO, CERTIFICATE_REQUEST),
            form(OidFilters.class, ExtensionType.OID_FILTERS, oidFilters(), CERTIFICATE_REQUEST),
            form(PostHandshakeAuth.class, ExtensionType.POST_HANDSHAKE_AUTH,
                    Arbitraries.just(new PostHandshakeAuth()), CLIENT_HELLO),
            form(KeyShareClientHello.class, ExtensionType.KEY_SHARE,
                    keyShareEntry().list().ofMaxSize(4).uniqueElements(KeyShareEntry::group)
                            .map(KeyShareClientHello::new),
                    CLIENT_HELLO),
            form(KeyShareServerHello.class, ExtensionType.KEY_SHARE,
                    keyShareEntry().map(KeyShareServerHello::new), SERVER_HELLO),
            form(KeyShareHelloRetryRequest.class, ExtensionType.KEY_SHARE,
                    namedGroup().map(KeyShareHelloRetryRequest::new), HELLO_RETRY_REQUEST),
            form(RenegotiationInfo.class, ExtensionType.RENEGOTIATION_INFO,
                    bytes(0, 0xFF).map(RenegotiationInfo::new), CLIENT_HELLO, SERVER_HELLO));

    /** Messages whose receiver must ignore an extension it does not recognize. */
    private static final Set<ExtensionContext> IGNORING_UNKNOWN =
            EnumSet.of(CLIENT_HELLO, CERTIFICATE_REQUEST, NEW_SESSION_TICKET);
    private static final int MAX_BLOCK = 8;

    private ExtensionArbitraries() {
    }

    /** Every typed form with the messages it decodes in ({@link #unknownExtension} aside). */
    public static List<Form> forms() {
        return FORMS;
    }

    /** Any extension, of any form. */
    public static Arbitrary<Extension> all() {
        List<Arbitrary<? extends Extension>> values = new ArrayList<>();
        FORMS.forEach(f -> values.add(f.values()));
        values.add(unknownExtension());
        return Arbitraries.oneOf(values);
    }

    /**
     * Extensions that may appear in {@code context} and decode there to themselves, as
     * {@link ExtensionTable#validate} judges it (the TLS 1.3 column for a ServerHello).
     * Unrecognized types are included where a receiver must ignore them (CH, CR, NST).
     */
    public static Arbitrary<Extension> forContext(ExtensionContext context) {
        return matching(context, type -> ExtensionTable.allows(context, type));
    }

    /** Extensions that may appear in a TLS 1.2 ServerHello. */
    public static Arbitrary<Extension> forTls12ServerHello() {
        return matching(SERVER_HELLO, ExtensionTable::allowsInTls12ServerHello);
    }

    /**
     * Extension blocks for {@code context} that pass {@link ExtensionTable#validate}: distinct
     * types, pre_shared_key last in a ClientHello.
     */
    public static Arbitrary<Extensions> blockFor(ExtensionContext context) {
        return block(forContext(context), distinctTypes(context,
                t -> ExtensionTable.allows(context, t)));
    }

    /** Extension blocks that pass {@link ExtensionTable#validateTls12ServerHello}. */
    public static Arbitrary<Extensions> tls12ServerHelloBlock() {
        return block(forTls12ServerHello(),
                distinctTypes(SERVER_HELLO, ExtensionTable::allowsInTls12ServerHello));
    }

    /** server_name as a client sends it: one name per name_type. */
    public static Arbitrary<ServerNameClientHello> serverNameClientHello() {
        Arbitrary<ServerName> hostName = bytes(1,
                64).map(n -> new ServerName(ServerNameType.HOST_NAME, n));
        Arbitrary<ServerName> other = Combinators.combine(
                Arbitraries.integers().between(1, 0xFF).map(ServerNameType::of), bytes(0, 32))
                .as(ServerName::new);
        return Arbitraries.frequencyOf(Tuple.of(3, hostName), Tuple.of(1, other))
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(ServerName::nameType)
                .map(ServerNameClientHello::new);
    }

    /** An OCSP CertificateStatusRequest. */
    public static Arbitrary<CertificateStatusRequest> certificateStatusRequest() {
        return Combinators.combine(bytes(1, 16).list().ofMaxSize(3), bytes(0, 16))
                .as(CertificateStatusRequest::new);
    }

    /** supported_groups without duplicates. */
    public static Arbitrary<SupportedGroups> supportedGroups() {
        return namedGroup().list().ofMinSize(1).ofMaxSize(8).uniqueElements()
                .map(SupportedGroups::new);
    }

    /** pre_shared_key in a ClientHello: one binder of 32..64 bytes per identity. */
    public static Arbitrary<PreSharedKeyClientHello> preSharedKeyClientHello() {
        Arbitrary<PskIdentity> identity = Combinators.combine(bytes(1, 64),
                Arbitraries.longs().between(0, 0xFFFFFFFFL)).as(PskIdentity::new);
        return Arbitraries.integers().between(1, 4).flatMap(count -> Combinators.combine(
                        identity.list().ofSize(count), bytes(32, 64).list().ofSize(count))
                .as(PreSharedKeyClientHello::new));
    }

    /** oid_filters with distinct OIDs. */
    public static Arbitrary<OidFilters> oidFilters() {
        return Combinators.combine(bytes(1, 16), bytes(0, 32)).as(OidFilter::new)
                .list().ofMaxSize(4).uniqueElements(OidFilter::certificateExtensionOid)
                .map(OidFilters::new);
    }

    /** A key share of 1..200 bytes for any group. */
    public static Arbitrary<KeyShareEntry> keyShareEntry() {
        return Combinators.combine(namedGroup(), bytes(1, 200)).as(KeyShareEntry::new);
    }

    /**
     * An extension of a type no form decodes (GREASE, registered but not spoken, or unassigned),
     * with an arbitrary body.
     */
    public static Arbitrary<UnknownExtension> unknownExtension() {
        Arbitrary<ExtensionType> types = Arbitraries.oneOf(
                Arbitraries.integers().between(0,
                        15).map(i -> ExtensionType.of(0x0A0A + i * 0x1010)),
                Arbitraries.of(ExtensionType.known()),
                Arbitraries.integers().between(0, 0xFFFF).map(ExtensionType::of));
        return Combinators.combine(types.filter(ExtensionArbitraries::hasNoForm), bytes(0, 64))
                .as(UnknownExtension::new);
    }

    /** A named group, named or not. */
    public static Arbitrary<NamedGroup> namedGroup() {
        return codes(NamedGroup.known(), 0xFFFF, NamedGroup::of);
    }

    /** Opaque bytes of {@code min..max} bytes. */
    public static Arbitrary<Bytes> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::of);
    }

    private static Arbitrary<List<SignatureScheme>> signatureSchemes() {
        return codes(SignatureScheme.known(), 0xFFFF, SignatureScheme::of).list()
                .ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<ProtocolVersion> protocolVersion() {
        return codes(ProtocolVersion.known(), 0xFFFF, ProtocolVersion::of);
    }

    private static Arbitrary<Bytes> protocolName() {
        return Arbitraries.oneOf(bytes(1, 12), bytes(1, 0xFF));
    }

    private static <T> Arbitrary<T> codes(List<T> known, int maxCode, IntFunction<T> of) {
        return Arbitraries.oneOf(Arbitraries.of(known),
                Arbitraries.integers().between(0, maxCode).map(of::apply));
    }

    private static Arbitrary<Extension> matching(ExtensionContext context,
            Predicate<ExtensionType> allowed) {
        List<Arbitrary<? extends Extension>> values = new ArrayList<>();
        for (Form f : FORMS) {
            if (f.contexts().contains(context) && allowed.test(f.type())) {
                values.add(f.values());
            }
        }
        if (IGNORING_UNKNOWN.contains(context)) {
            values.add(unknownExtension().filter(e -> !ExtensionTable.recognizes(e.type())));
        }
        return Arbitraries.oneOf(values);
    }

    /** How many distinct types {@link #matching} can produce, capped at a block's size. */
    private static int distinctTypes(ExtensionContext context, Predicate<ExtensionType> allowed) {
        if (IGNORING_UNKNOWN.contains(context)) {
            return MAX_BLOCK;
        }
        Set<ExtensionType> types = new HashSet<>();
        for (Form f : FORMS) {
            if (f.contexts().contains(context) && allowed.test(f.type())) {
                types.add(f.type());
            }
        }
        return Math.min(MAX_BLOCK, types.size());
    }

    private static Arbitrary<Extensions> block(Arbitrary<Extension> extensions, int maxSize) {
        return extensions.list().ofMaxSize(maxSize).uniqueElements(Extension::type).map(list -> {
            List<Extension> ordered = new ArrayList<>(list);
            ordered.sort((a, b) -> Boolean.compare(a.type().equals(ExtensionType.PRE_SHARED_KEY),
                    b.type().equals(ExtensionType.PRE_SHARED_KEY)));
            return new Extensions(ordered);
        });
    }

    private static boolean hasNoForm(ExtensionType type) {
        for (ExtensionContext context : ExtensionContext.values()) {
            if (ExtensionCodecs.hasForm(type, context)) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Extension> Form form(Class<E> form, ExtensionType type,
            Arbitrary<? extends E> values, ExtensionContext... contexts) {
        return new Form(form, type, values, EnumSet.copyOf(List.of(contexts)));
    }
}
