package org.tlsref.engine.keyschedule;

import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * Finished.verify_data (RFC 8446 §4.4.4):
 * <pre>
 * finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length)
 * verify_data = HMAC(finished_key, Transcript-Hash(Handshake Context, Certificate*, CertificateVerify*))
 * </pre>
 * where BaseKey is the sender's handshake traffic secret (or, for post-handshake authentication,
 * its application traffic secret).
 */
public final class FinishedMac {
    private FinishedMac() {
    }

    /**
     * The verify_data to send.
     *
     * @param base the sender's BaseKey
     * @param transcriptHash the transcript hash up to and excluding this Finished
     */
    public static Bytes verifyData(TrafficSecret base, Bytes transcriptHash) {
        Secret finishedKey = base.finishedKey();
        Bytes verifyData = base.kdf().hmac(finishedKey, transcriptHash);
        finishedKey.destroy();
        return verifyData;
    }

    /**
     * Checks a received verify_data, in constant time.
     *
     * @param base the peer's BaseKey
     * @throws org.tlsref.api.TlsAlert decrypt_error ({@link KeyScheduleFailure#BAD_FINISHED}) when
     *     it does not match; decode_error when it is not Hash.length bytes, which
     *     {@code opaque verify_data[Hash.length]} cannot be
     */
    public static void verify(TrafficSecret base, Bytes transcriptHash, Bytes received) {
        MacCheck.require(verifyData(base, transcriptHash), received, KeyScheduleFailure.BAD_FINISHED,
                "Finished.verify_data");
    }
}
