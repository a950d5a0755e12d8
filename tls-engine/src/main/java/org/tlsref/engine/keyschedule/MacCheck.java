package org.tlsref.engine.keyschedule;

import java.security.MessageDigest;
import org.tlsref.api.AlertReason;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;

/** The comparison of a received MAC (Finished verify_data, PSK binder) with the expected one. */
final class MacCheck {
    private MacCheck() {
    }

    /**
     * Returns normally when {@code received} equals {@code expected}, compared in constant time
     * for equal lengths. A different length cannot be the fixed-size field ({@code opaque
     * verify_data[Hash.length]}, RFC 8446 §4.4.4; {@code opaque PskBinderEntry<32..255>} of
     * Hash.length, RFC 8446 §4.2.11) and is decode_error (RFC 8446 §6.2).
     */
    static void require(Bytes expected, Bytes received, AlertReason mismatch, String what) {
        if (received.length() != expected.length()) {
            throw new TlsAlert(DecodeFailure.LENGTH_OUT_OF_RANGE, what + " of " + received.length()
                    + " bytes, expected " + expected.length());
        }
        if (!MessageDigest.isEqual(expected.toByteArray(), received.toByteArray())) {
            throw new TlsAlert(mismatch, what + " does not match");
        }
    }
}
