package org.tlsref.crypto.pki;

/**
 * How the handshake will use the leaf certificate's key, which its keyUsage extension must allow
 * when present (RFC 5280 §4.2.1.3).
 */
public enum LeafKeyUse {
    /**
     * Signing: CertificateVerify in TLS 1.3 and TLS 1.2, and ServerKeyExchange for TLS 1.2
     * (EC)DHE. RFC 8446 §4.4.2.2: "the digitalSignature bit MUST be set if the Key Usage
     * extension is present".
     */
    SIGNATURE(0, "digitalSignature"),
    /**
     * TLS 1.2 RSA key transport: the client encrypts the premaster secret to the server's key
     * (RFC 5246 §7.4.7.1), which needs keyEncipherment. Whether the key is RSA at all is the
     * cipher suite's business (RFC 5246 §7.4.2), checked by the engine.
     */
    KEY_ENCIPHERMENT(2, "keyEncipherment");

    private final int bit;
    private final String bitName;

    LeafKeyUse(int bit, String bitName) {
        this.bit = bit;
        this.bitName = bitName;
    }

    /** The KeyUsage bit this use needs (RFC 5280 §4.2.1.3 numbering). */
    int bit() {
        return bit;
    }

    /** The bit's name in RFC 5280 §4.2.1.3. */
    String bitName() {
        return bitName;
    }
}
