package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE;
import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.PskKeyExchangeMode;

/** The RFC 8446 §4.2 / RFC 9846 §4.3 table and the checks it drives. */
class ExtensionTableTest {
    private static final KeyShareServerHello SERVER_SHARE =
            new KeyShareServerHello(new KeyShareEntry(NamedGroup.X25519, Bytes.zeros(32)));
    private static final PreSharedKeyClientHello PSK = new PreSharedKeyClientHello(
            List.of(new PskIdentity(Bytes.fromHex("01"), 0)), List.of(Bytes.zeros(32)));
    private static final UnknownExtension GREASE = new UnknownExtension(ExtensionType.of(0x3a3a),
            Bytes.EMPTY);

    @Test
    void rowsTranscribeTheRfc9846Columns() {
        assertEquals(EnumSet.of(CLIENT_HELLO, SERVER_HELLO, HELLO_RETRY_REQUEST),
                tls13(ExtensionType.KEY_SHARE));
        assertEquals(EnumSet.of(CLIENT_HELLO, ENCRYPTED_EXTENSIONS, NEW_SESSION_TICKET),
                tls13(ExtensionType.EARLY_DATA));
        assertEquals(EnumSet.of(CLIENT_HELLO, CERTIFICATE_REQUEST, CERTIFICATE),
                tls13(ExtensionType.STATUS_REQUEST));
        assertEquals(EnumSet.of(CLIENT_HELLO, ENCRYPTED_EXTENSIONS, CERTIFICATE_REQUEST),
                tls13(ExtensionType.SERVER_NAME));
        assertEquals(EnumSet.of(CERTIFICATE_REQUEST), tls13(ExtensionType.OID_FILTERS));
        assertEquals(EnumSet.of(CLIENT_HELLO, HELLO_RETRY_REQUEST), tls13(ExtensionType.COOKIE));
        assertEquals(EnumSet.noneOf(ExtensionContext.class),
                tls13(ExtensionType.EXTENDED_MASTER_SECRET));
    }

    @Test
    void tls12ColumnHoldsOnlyHellos() {
        for (ExtensionTable.Row row : ExtensionTable.rows()) {
            Set<ExtensionContext> others = EnumSet.noneOf(ExtensionContext.class);
            others.addAll(row.tls12());
            others.removeAll(EnumSet.of(CLIENT_HELLO, SERVER_HELLO));
            assertTrue(others.isEmpty(), row.toString());
            assertFalse(row.source().isBlank(), row.type() + " cites no source");
        }
    }

    @Test
    void everyRowButOidFiltersMayBeOfferedInAClientHello() {
        for (ExtensionTable.Row row : ExtensionTable.rows()) {
            assertEquals(!row.type().equals(ExtensionType.OID_FILTERS),
                    ExtensionTable.allows(CLIENT_HELLO, row.type()), row.toString());
        }
    }

    @Test
    void clientHelloWithTls12AndTls13ExtensionsIsAllowed() {
        ExtensionTable.validate(CLIENT_HELLO, Extensions.of(GREASE,
                ServerNameClientHello.ofHostName("example.com"), new ExtendedMasterSecret(),
                RenegotiationInfo.initial(), EcPointFormats.uncompressed(),
                SessionTicketClientHello.empty(),
                        SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3),
                PskKeyExchangeModes.of(PskKeyExchangeMode.PSK_DHE_KE), new Padding(10), PSK));
    }

    @Test
    void recognizedExtensionInTheWrongMessageIsIllegalParameter() {
        assertNotAllowed(() -> ExtensionTable.validate(ENCRYPTED_EXTENSIONS,
                Extensions.of(SERVER_SHARE)));
        assertNotAllowed(() -> ExtensionTable.validate(CLIENT_HELLO,
                Extensions.of(new OidFilters(List.of()))));
        assertNotAllowed(() -> ExtensionTable.validate(SERVER_HELLO,
                Extensions.of(new UnknownExtension(ExtensionType.EARLY_DATA, Bytes.EMPTY))));
        assertNotAllowed(() -> ExtensionTable.validate(NEW_SESSION_TICKET,
                Extensions.of(new Cookie(Bytes.fromHex("01")))));
        assertNotAllowed(() -> ExtensionTable.validate(CERTIFICATE,
                Extensions.of(new UnknownExtension(ExtensionType.ENCRYPTED_CLIENT_HELLO,
                        Bytes.EMPTY))));
    }

    @Test
    void tls12OnlyExtensionInATls13ServerHelloIsIllegalParameter() {
        assertNotAllowed(() -> ExtensionTable.validate(SERVER_HELLO,
                Extensions.of(SERVER_SHARE, new ExtendedMasterSecret())));
    }

    @Test
    void unrecognizedExtensionsPassThePlacementCheck() {
        for (ExtensionContext context : ExtensionContext.values()) {
            ExtensionTable.validate(context, Extensions.of(GREASE));
        }
        ExtensionTable.validateTls12ServerHello(Extensions.of(GREASE));
    }

    @Test
    void tls12ServerHelloAcceptsTheTls12Responses() {
        ExtensionTable.validateTls12ServerHello(Extensions.of(RenegotiationInfo.initial(),
                new ExtendedMasterSecret(), new EncryptThenMac(), EcPointFormats.uncompressed(),
                new SessionTicketServerHello(), new StatusRequestServerHello(),
                        new ServerNameServerHello(),
                ApplicationLayerProtocolNegotiationServerHello.of("h2"),
                        new RecordSizeLimit(16384)));
    }

    @Test
    void tls13ExtensionInATls12ServerHelloIsIllegalParameter() {
        assertNotAllowed(() -> ExtensionTable.validateTls12ServerHello(Extensions.of(SERVER_SHARE)));
        assertNotAllowed(() -> ExtensionTable.validateTls12ServerHello(
                Extensions.of(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_2))));
        assertNotAllowed(() -> ExtensionTable.validateTls12ServerHello(Extensions.of(
                new UnknownExtension(ExtensionType.SUPPORTED_GROUPS, Bytes.fromHex("0002001d")))));
    }

    @Test
    void preSharedKeyNotLastInAClientHelloIsIllegalParameter() {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> ExtensionTable.validate(CLIENT_HELLO,
                Extensions.of(PSK, new ExtendedMasterSecret())));
        assertEquals(DecodeFailure.PRE_SHARED_KEY_NOT_LAST, alert.reason());
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, alert.description());
    }

    @Test
    void preSharedKeyMayBeAnywhereInAServerHello() {
        ExtensionTable.validate(SERVER_HELLO, Extensions.of(new PreSharedKeyServerHello(0),
                SERVER_SHARE));
    }

    @Test
    void responseExtensionsThatWereOfferedPass() {
        Extensions offered = Extensions.of(new KeyShareClientHello(List.of()),
                SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3), PSK);
        ExtensionTable.validateResponse(offered, SERVER_HELLO, Extensions.of(SERVER_SHARE,
                new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3),
                        new PreSharedKeyServerHello(0)));
    }

    @Test
    void responseExtensionThatWasNotOfferedIsUnsupportedExtension() {
        Extensions offered = Extensions.of(SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3));
        TlsAlert alert = assertThrows(TlsAlert.class, () -> ExtensionTable.validateResponse(offered,
                SERVER_HELLO,
                        Extensions.of(new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3),
                        SERVER_SHARE)));
        assertEquals(DecodeFailure.UNSOLICITED_EXTENSION, alert.reason());
        assertEquals(AlertDescription.UNSUPPORTED_EXTENSION, alert.description());
        assertUnsolicited(() -> ExtensionTable.validateResponse(offered, ENCRYPTED_EXTENSIONS,
                Extensions.of(GREASE)));
        assertUnsolicited(() -> ExtensionTable.validateResponse(Extensions.EMPTY, CERTIFICATE,
                Extensions.of(new CertificateStatus(Bytes.fromHex("30")))));
    }

    @Test
    void cookieIsTheServerOriginatedExceptionInHelloRetryRequestOnly() {
        Extensions offered = Extensions.of(SupportedVersionsClientHello.of(ProtocolVersion.TLS_1_3));
        ExtensionTable.validateResponse(offered, HELLO_RETRY_REQUEST,
                Extensions.of(new Cookie(Bytes.fromHex("01"))));
        assertUnsolicited(() -> ExtensionTable.validateResponse(offered, SERVER_HELLO,
                Extensions.of(new UnknownExtension(ExtensionType.COOKIE,
                        Bytes.fromHex("000101")))));
    }

    @Test
    void requestMessagesAreNotResponses() {
        for (ExtensionContext request : List.of(CLIENT_HELLO, CERTIFICATE_REQUEST,
                NEW_SESSION_TICKET)) {
            assertThrows(IllegalArgumentException.class,
                    () -> ExtensionTable.validateResponse(Extensions.EMPTY, request,
                            Extensions.EMPTY));
        }
    }

    private static Set<ExtensionContext> tls13(ExtensionType type) {
        return ExtensionTable.row(type).orElseThrow().tls13();
    }

    private static void assertNotAllowed(Executable check) {
        TlsAlert alert = assertThrows(TlsAlert.class, check);
        assertEquals(DecodeFailure.EXTENSION_NOT_ALLOWED, alert.reason());
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, alert.description());
    }

    private static void assertUnsolicited(Executable check) {
        TlsAlert alert = assertThrows(TlsAlert.class, check);
        assertEquals(DecodeFailure.UNSOLICITED_EXTENSION, alert.reason());
    }
}
