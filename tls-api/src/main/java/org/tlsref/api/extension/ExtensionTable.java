package org.tlsref.api.extension;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.ExtensionType;

/**
 * The messages each recognized extension may appear in: the table of RFC 8446 §4.2, as revised
 * by RFC 9846 §4.3 (Table 1), with a second column for TLS 1.2 from the RFC that defines each
 * extension, and the checks that table drives.
 *
 * <p>RFC 9846 §4.3: "If an implementation receives an extension which it recognizes and which is
 * not specified for the message in which it appears, it MUST abort the handshake with an
 * "illegal_parameter" alert." An extension is recognized when it has a row here; any other type
 * (GREASE, RFC 8701, or one this library does not speak) passes the placement check, and in a
 * response it fails {@link #validateResponse} because this library never offers it.
 *
 * <p>A ClientHello is written before the version is known, so an extension may appear in it when
 * either column allows it. A ServerHello is checked against the TLS 1.3 column by
 * {@link #validate} and against the TLS 1.2 column by {@link #validateTls12ServerHello}; the other
 * messages exist only in TLS 1.3.
 */
public final class ExtensionTable {
    /**
     * One row: the messages an extension may appear in under TLS 1.3 (the RFC 8446 §4.2 column)
     * and under TLS 1.2 (where only CH and SH carry extensions), and where the row comes from.
     */
    public record Row(ExtensionType type, Set<ExtensionContext> tls13, Set<ExtensionContext> tls12,
            String source) {
        /** Copies the sets. */
        public Row {
            Objects.requireNonNull(type, "type");
            tls13 = Collections.unmodifiableSet(copy(tls13));
            tls12 = Collections.unmodifiableSet(copy(tls12));
            Objects.requireNonNull(source, "source");
        }

        private static Set<ExtensionContext> copy(Set<ExtensionContext> contexts) {
            Set<ExtensionContext> copy = EnumSet.noneOf(ExtensionContext.class);
            copy.addAll(contexts);
            return copy;
        }
    }

    private static final String TABLE = "RFC 9846 §4.3 Table 1";
    private static final String TLS13_ONLY = "; defined for TLS 1.3 only";

    private static final List<Row> ROWS = List.of(
            row(ExtensionType.SERVER_NAME, "CH, EE, CR", "CH, SH",
                    TABLE + " (CR after RFC 9261); RFC 6066 §3 for TLS 1.2"),
            row(ExtensionType.MAX_FRAGMENT_LENGTH, "CH, EE", "CH, SH",
                    "RFC 8446 §4.2 (RFC 9846 lists only Recommended extensions); RFC 6066 §4"),
            row(ExtensionType.STATUS_REQUEST, "CH, CR, CT", "CH, SH",
                    TABLE + "; RFC 6066 §8 for TLS 1.2"),
            row(ExtensionType.SUPPORTED_GROUPS, "CH, EE", "CH",
                    TABLE + "; RFC 8422 §5.1.1 (§5.2 gives the TLS 1.2 ServerHello only"
                            + " ec_point_formats)"),
            row(ExtensionType.EC_POINT_FORMATS, "", "CH, SH",
                    "RFC 8422 §5.1.2 and §5.2; absent from the TLS 1.3 table"),
            row(ExtensionType.SIGNATURE_ALGORITHMS, "CH, CR", "CH",
                    TABLE + "; RFC 5246 §7.4.1.4.1: \"Servers MUST NOT send this extension.\""),
            row(ExtensionType.USE_SRTP, "CH, EE", "CH, SH", TABLE + "; RFC 5764 for TLS 1.2"),
            row(ExtensionType.HEARTBEAT, "CH, EE", "CH, SH", TABLE + "; RFC 6520 for TLS 1.2"),
            row(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, "CH, EE", "CH, SH",
                    TABLE + "; RFC 7301 §3.1 for TLS 1.2"),
            row(ExtensionType.STATUS_REQUEST_V2, "", "CH, SH",
                    "RFC 6961; RFC 8446 §4.4.2.1: TLS 1.3 servers \"MUST NOT send the"
                            + " status_request_v2 extension\""),
            row(ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, "CH, CR, CT", "CH, SH",
                    "RFC 8446 §4.2 (RFC 9846 lists only Recommended extensions); RFC 6962"),
            row(ExtensionType.CLIENT_CERTIFICATE_TYPE, "CH, EE", "CH, SH",
                    TABLE + "; RFC 7250 for TLS 1.2"),
            row(ExtensionType.SERVER_CERTIFICATE_TYPE, "CH, EE", "CH, SH",
                    TABLE + "; RFC 7250 for TLS 1.2"),
            row(ExtensionType.PADDING, "CH", "CH",
                    TABLE + "; RFC 7685 §3: \"The server MUST NOT echo the extension.\""),
            row(ExtensionType.ENCRYPT_THEN_MAC, "", "CH, SH",
                    "RFC 7366 §2; absent from the TLS 1.3 table"),
            row(ExtensionType.EXTENDED_MASTER_SECRET, "", "CH, SH",
                    "RFC 7627 §5.1; absent from the TLS 1.3 table"),
            row(ExtensionType.COMPRESS_CERTIFICATE, "CH, CR", "",
                    TABLE + TLS13_ONLY + " (RFC 8879)"),
            row(ExtensionType.RECORD_SIZE_LIMIT, "CH, EE", "CH, SH",
                    TABLE + "; RFC 8449 §4 for TLS 1.2"),
            row(ExtensionType.DELEGATED_CREDENTIAL, "CH, CR, CT", "",
                    TABLE + TLS13_ONLY + " (RFC 9345)"),
            row(ExtensionType.SESSION_TICKET, "", "CH, SH",
                    "RFC 5077 §3.2; absent from the TLS 1.3 table"),
            row(ExtensionType.PRE_SHARED_KEY, "CH, SH", "", TABLE + TLS13_ONLY),
            row(ExtensionType.EARLY_DATA, "CH, EE, NST", "", TABLE + TLS13_ONLY),
            row(ExtensionType.SUPPORTED_VERSIONS, "CH, SH, HRR", "",
                    TABLE + TLS13_ONLY + "; RFC 8446 §4.2.1: a server negotiating TLS 1.2 \"MUST"
                            + " NOT send the \"supported_versions\" extension\""),
            row(ExtensionType.COOKIE, "CH, HRR", "", TABLE + TLS13_ONLY),
            row(ExtensionType.PSK_KEY_EXCHANGE_MODES, "CH", "", TABLE + TLS13_ONLY),
            row(ExtensionType.CERTIFICATE_AUTHORITIES, "CH, CR", "", TABLE + TLS13_ONLY),
            row(ExtensionType.OID_FILTERS, "CR", "", TABLE + TLS13_ONLY),
            row(ExtensionType.POST_HANDSHAKE_AUTH, "CH", "", TABLE + TLS13_ONLY),
            row(ExtensionType.SIGNATURE_ALGORITHMS_CERT, "CH, CR", "CH",
                    TABLE + "; RFC 8446 §4.2.3: \"TLS 1.2 implementations SHOULD also process"
                            + " this extension.\""),
            row(ExtensionType.KEY_SHARE, "CH, SH, HRR", "", TABLE + TLS13_ONLY),
            row(ExtensionType.TRANSPARENCY_INFO, "CH, CR, CT", "",
                    TABLE + " (RFC 9162); its TLS 1.2 use is not transcribed here"),
            row(ExtensionType.QUIC_TRANSPORT_PARAMETERS, "CH, EE", "",
                    TABLE + TLS13_ONLY + " (RFC 9001)"),
            row(ExtensionType.ECH_OUTER_EXTENSIONS, "CH", "", TABLE + TLS13_ONLY + " (RFC 9849)"),
            row(ExtensionType.ENCRYPTED_CLIENT_HELLO, "CH, HRR, EE", "",
                    TABLE + TLS13_ONLY + " (RFC 9849)"),
            row(ExtensionType.RENEGOTIATION_INFO, "", "CH, SH",
                    "RFC 5746 §3.2; absent from the TLS 1.3 table, which has no renegotiation"));

    private static final Map<ExtensionType, Row> BY_TYPE = index(ROWS);

    private ExtensionTable() {
    }

    /** Every row, in the order of the ExtensionType registry. */
    public static List<Row> rows() {
        return ROWS;
    }

    /** The row for {@code type}, empty when this library does not recognize it. */
    public static Optional<Row> row(ExtensionType type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** True when {@code type} has a row, so that its placement is checked. */
    public static boolean recognizes(ExtensionType type) {
        return BY_TYPE.containsKey(type);
    }

    /**
     * True when {@code type} may appear in {@code context}: in a ClientHello when either version
     * allows it, elsewhere when the TLS 1.3 column does; always for an unrecognized type.
     */
    public static boolean allows(ExtensionContext context, ExtensionType type) {
        Row row = BY_TYPE.get(type);
        if (row == null) {
            return true;
        }
        if (context == ExtensionContext.CLIENT_HELLO) {
            return row.tls13().contains(context) || row.tls12().contains(context);
        }
        return row.tls13().contains(context);
    }

    /**
     * True when {@code type} may appear in a TLS 1.2 ServerHello; always for an unrecognized
     * type.
     */
    public static boolean allowsInTls12ServerHello(ExtensionType type) {
        Row row = BY_TYPE.get(type);
        return row == null || row.tls12().contains(ExtensionContext.SERVER_HELLO);
    }

    /**
     * Checks an extension block received in {@code context} (a TLS 1.3 message, or a ClientHello
     * of either version): a recognized extension the table does not allow there is
     * {@link DecodeFailure#EXTENSION_NOT_ALLOWED} (RFC 8446 §4.2); in a ClientHello,
     * pre_shared_key anywhere but last is {@link DecodeFailure#PRE_SHARED_KEY_NOT_LAST}
     * (RFC 8446 §4.2.11: "Servers MUST check that it is the last extension and otherwise fail the
     * handshake with an "illegal_parameter" alert").
     */
    public static void validate(ExtensionContext context, Extensions extensions) {
        for (Extension extension : extensions.list()) {
            if (!allows(context, extension.type())) {
                throw notAllowed(extension.type(), context.abbreviation());
            }
        }
        if (context == ExtensionContext.CLIENT_HELLO) {
            requirePreSharedKeyLast(extensions);
        }
    }

    /**
     * Checks the extensions of a ServerHello that negotiated TLS 1.2 against the TLS 1.2 column:
     * a TLS 1.3-only extension there (key_share, supported_versions, ...) or one the defining RFC
     * keeps out of the ServerHello (supported_groups, signature_algorithms, padding) is
     * {@link DecodeFailure#EXTENSION_NOT_ALLOWED}.
     */
    public static void validateTls12ServerHello(Extensions extensions) {
        for (Extension extension : extensions.list()) {
            if (!allowsInTls12ServerHello(extension.type())) {
                throw notAllowed(extension.type(), "a TLS 1.2 ServerHello");
            }
        }
    }

    /**
     * Checks a response block against the request it answers: every extension in a ServerHello,
     * HelloRetryRequest, EncryptedExtensions or Certificate must have been offered in the
     * ClientHello (or, for a client's Certificate, the CertificateRequest), "with the exception
     * of the "cookie" extension in the HelloRetryRequest"; otherwise
     * {@link DecodeFailure#UNSOLICITED_EXTENSION} (RFC 8446 §4.2; RFC 5246 §7.4.1.4 for TLS 1.2).
     *
     * @throws IllegalArgumentException if {@code context} is not a response (CH, CR, NST)
     */
    public static void validateResponse(Extensions offered, ExtensionContext context,
            Extensions response) {
        if (context == ExtensionContext.CLIENT_HELLO
                || context == ExtensionContext.CERTIFICATE_REQUEST
                || context == ExtensionContext.NEW_SESSION_TICKET) {
            throw new IllegalArgumentException(context + " carries requests, not responses");
        }
        for (Extension extension : response.list()) {
            ExtensionType type = extension.type();
            boolean serverOriginated = context == ExtensionContext.HELLO_RETRY_REQUEST
                    && type.equals(ExtensionType.COOKIE);
            if (!serverOriginated && !offered.contains(type)) {
                throw new TlsAlert(DecodeFailure.UNSOLICITED_EXTENSION,
                        type + " in " + context.abbreviation() + " was not offered");
            }
        }
    }

    private static void requirePreSharedKeyLast(Extensions extensions) {
        List<ExtensionType> types = extensions.types();
        int at = types.indexOf(ExtensionType.PRE_SHARED_KEY);
        if (at >= 0 && at != types.size() - 1) {
            throw new TlsAlert(DecodeFailure.PRE_SHARED_KEY_NOT_LAST, "pre_shared_key is extension "
                    + (at + 1) + " of " + types.size() + " in the ClientHello");
        }
    }

    private static TlsAlert notAllowed(ExtensionType type, String where) {
        return new TlsAlert(DecodeFailure.EXTENSION_NOT_ALLOWED,
                type + " is not allowed in " + where + " (" + BY_TYPE.get(type).source() + ")");
    }

    private static Row row(ExtensionType type, String tls13, String tls12, String source) {
        return new Row(type, contexts(tls13), contexts(tls12), source);
    }

    /** Parses a table cell such as {@code "CH, EE, CR"}. */
    private static Set<ExtensionContext> contexts(String cell) {
        Set<ExtensionContext> contexts = EnumSet.noneOf(ExtensionContext.class);
        for (String abbreviation : cell.split(",")) {
            if (!abbreviation.isBlank()) {
                contexts.add(byAbbreviation(abbreviation.strip()));
            }
        }
        return contexts;
    }

    private static ExtensionContext byAbbreviation(String abbreviation) {
        for (ExtensionContext context : ExtensionContext.values()) {
            if (context.abbreviation().equals(abbreviation)) {
                return context;
            }
        }
        throw new IllegalArgumentException("no message abbreviated " + abbreviation);
    }

    private static Map<ExtensionType, Row> index(List<Row> rows) {
        Map<ExtensionType, Row> byType = new LinkedHashMap<>();
        for (Row row : rows) {
            if (byType.put(row.type(), row) != null) {
                throw new IllegalStateException("two rows for " + row.type());
            }
        }
        return Collections.unmodifiableMap(byType);
    }
}
