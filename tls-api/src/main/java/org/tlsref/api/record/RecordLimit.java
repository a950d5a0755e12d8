package org.tlsref.api.record;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;

/**
 * The largest record a receiver accepts, which depends on whether record protection has started
 * and for which version. The engine switches from {@link #PLAINTEXT} to a ciphertext limit when it
 * installs read keys, and passes the current value to {@link RecordReader#read}.
 *
 * <p>A record_size_limit (RFC 8449 §4) lowers the plaintext limit further; that check belongs to
 * the decrypted plaintext ({@link TlsInnerPlaintext#decode(org.tlsref.api.codec.Bytes, int)} in
 * TLS 1.3), not to this header-time bound.
 */
public enum RecordLimit {
    /**
     * RFC 8446 §5.1 and RFC 5246 §6.2.1, TLSPlaintext.length: "The length MUST NOT exceed 2^14
     * bytes. An endpoint that receives a record that exceeds this length MUST terminate the
     * connection with a record_overflow alert."
     */
    PLAINTEXT((1 << 14)),
    /**
     * RFC 8446 §5.2, TLSCiphertext.length: "The length MUST NOT exceed 2^14 + 256 bytes." 2^14
     * of content, 1 octet of inner content type and at most 255 octets of AEAD expansion.
     */
    TLS13_CIPHERTEXT((1 << 14) + 256),
    /**
     * RFC 5246 §6.2.3, TLSCiphertext.length: "The length MUST NOT exceed 2^14 + 2048." RFC 5246
     * §7.2 names record_overflow for a record above it.
     */
    TLS12_CIPHERTEXT((1 << 14) + 2048);

    private final int maxFragmentLength;

    RecordLimit(int maxFragmentLength) {
        this.maxFragmentLength = maxFragmentLength;
    }

    /** The largest fragment (the length field of the record header) this limit accepts. */
    public int maxFragmentLength() {
        return maxFragmentLength;
    }

    /** The largest fragment any limit accepts: what a reader may have to hold for one record. */
    public static int largestFragmentLength() {
        return TLS12_CIPHERTEXT.maxFragmentLength;
    }

    /** Fails with record_overflow when {@code length} exceeds this limit. */
    public void check(int length) {
        if (length > maxFragmentLength) {
            throw new TlsAlert(DecodeFailure.RECORD_OVERFLOW, "record of " + length
                    + " bytes exceeds the " + this + " limit of " + maxFragmentLength);
        }
    }
}
