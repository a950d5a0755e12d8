package org.tlsref.api.extension;

/**
 * The message an extension block belongs to: the column of the RFC 8446 §4.2 table, which also
 * picks an extension's form where it has several (key_share, pre_shared_key, early_data,
 * supported_versions, server_name, status_request).
 */
public enum ExtensionContext {
    /** CH: ClientHello (both versions). */
    CLIENT_HELLO("CH"),
    /** SH: ServerHello (both versions; the TLS 1.2 ServerHello carries all its extensions here). */
    SERVER_HELLO("SH"),
    /** HRR: HelloRetryRequest. */
    HELLO_RETRY_REQUEST("HRR"),
    /** EE: EncryptedExtensions. */
    ENCRYPTED_EXTENSIONS("EE"),
    /** CR: TLS 1.3 CertificateRequest. */
    CERTIFICATE_REQUEST("CR"),
    /** CT: a TLS 1.3 CertificateEntry. */
    CERTIFICATE("CT"),
    /** NST: TLS 1.3 NewSessionTicket. */
    NEW_SESSION_TICKET("NST");

    private final String abbreviation;

    ExtensionContext(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The column heading RFC 8446 §4.2 uses: CH, SH, EE, CT, CR, NST, HRR. */
    public String abbreviation() {
        return abbreviation;
    }
}
