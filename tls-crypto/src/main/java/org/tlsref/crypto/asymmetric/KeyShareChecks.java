package org.tlsref.crypto.asymmetric;

import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoFailure;

/**
 * The failure every invalid peer key share leads to: RFC 8446 §4.2.8 and
 * draft-ietf-tls-ecdhe-mlkem §4.2 require an illegal_parameter alert, which
 * {@link CryptoFailure#INVALID_KEY_SHARE} carries.
 */
public final class KeyShareChecks {
    private KeyShareChecks() {
    }

    /** The alert for an invalid peer value; {@code detail} says which group and what was wrong. */
    public static TlsAlert invalid(String detail) {
        return new TlsAlert(CryptoFailure.INVALID_KEY_SHARE, detail);
    }

    /** The alert for an invalid peer value that a provider rejected with {@code cause}. */
    public static TlsAlert invalid(String detail, Throwable cause) {
        return new TlsAlert(CryptoFailure.INVALID_KEY_SHARE, detail, cause);
    }

    /**
     * Checks that a peer value has the group's fixed length (RFC 8446 §4.2.8.1, §4.2.8.2;
     * draft-ietf-tls-ecdhe-mlkem §4.1, §4.2).
     *
     * @throws TlsAlert with {@link CryptoFailure#INVALID_KEY_SHARE} otherwise
     */
    public static void requireLength(Bytes value, int length, String what) {
        if (value.length() != length) {
            throw invalid(what + ": " + value.length() + " bytes, expected " + length);
        }
    }
}
