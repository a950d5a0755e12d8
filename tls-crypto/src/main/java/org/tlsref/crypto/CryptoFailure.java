package org.tlsref.crypto;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/** Why a cryptographic operation on a peer's input failed. */
public enum CryptoFailure implements AlertReason {
    /**
     * RFC 8446 §5.2: "If the decryption fails, the receiver MUST terminate the connection with a
     * bad_record_mac alert."
     */
    BAD_RECORD_MAC(AlertDescription.BAD_RECORD_MAC),
    /**
     * RFC 8446 §4.2.8.2 / RFC 8422 §5.11 / RFC 7748 §6: a key share that is not a valid public
     * value (wrong length, not on the curve, the identity, an all-zero X25519/X448 result, a
     * malformed ML-KEM ciphertext); "MUST abort the handshake with an illegal_parameter alert".
     */
    INVALID_KEY_SHARE(AlertDescription.ILLEGAL_PARAMETER),
    /**
     * RFC 8446 §4.4.3: "If the verification fails, the receiver MUST terminate the handshake
     * with a decrypt_error alert."
     */
    BAD_SIGNATURE(AlertDescription.DECRYPT_ERROR),
    /**
     * RFC 8446 §4.4.3: a signature scheme the receiver did not offer, or one that does not match
     * the certificate's key; illegal_parameter.
     */
    SIGNATURE_SCHEME_MISMATCH(AlertDescription.ILLEGAL_PARAMETER);

    private final AlertDescription description;

    CryptoFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
