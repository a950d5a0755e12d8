package org.tlsref.crypto.pki;

/**
 * What the peer's certificate must be good for: the extended key usage a TLS endpoint asks of
 * it (RFC 5280 §4.2.1.12).
 */
public enum Purpose {
    /** A server's certificate, checked by a client: id-kp-serverAuth. */
    SERVER_AUTH("1.3.6.1.5.5.7.3.1"),
    /** A client's certificate, checked by a server: id-kp-clientAuth. */
    CLIENT_AUTH("1.3.6.1.5.5.7.3.2");

    /** RFC 5280 §4.2.1.12: anyExtendedKeyUsage. */
    static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private final String keyPurposeId;

    Purpose(String keyPurposeId) {
        this.keyPurposeId = keyPurposeId;
    }

    /** The KeyPurposeId OID of RFC 5280 §4.2.1.12. */
    public String keyPurposeId() {
        return keyPurposeId;
    }
}
