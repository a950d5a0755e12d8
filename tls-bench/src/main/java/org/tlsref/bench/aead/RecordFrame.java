package org.tlsref.bench.aead;

import java.nio.ByteBuffer;
import org.tlsref.crypto.AeadAlgorithm;

/**
 * What TLS 1.3 record protection feeds the AEAD (RFC 8446 §5.2, §5.3), done by hand so the raw
 * cipher runs exactly the record layer's cryptographic work and nothing more: the plaintext is
 * TLSInnerPlaintext (the payload, then the content type, no padding), the additional data is
 * the 5-byte record header, and the nonce is the IV XOR the 64-bit sequence number.
 */
public final class RecordFrame {
    /** RFC 8446 §5.1: application_data. */
    public static final byte APPLICATION_DATA = 23;
    /** The record header: type, legacy_record_version, length. */
    public static final int HEADER_LENGTH = 5;

    private RecordFrame() {
    }

    /** The length of the encrypted_record for {@code payload} bytes of application data. */
    public static int ciphertextLength(AeadAlgorithm aead, int payload) {
        return payload + 1 + aead.tagLength();
    }

    /**
     * Writes the header of a protected record at {@code record}'s start: opaque_type
     * application_data, legacy_record_version 0x0303, and the ciphertext length.
     */
    public static void writeHeader(byte[] record, int ciphertextLength) {
        record[0] = APPLICATION_DATA;
        record[1] = 3;
        record[2] = 3;
        record[3] = (byte) (ciphertextLength >>> 8);
        record[4] = (byte) ciphertextLength;
    }

    /** The header of {@code record} as additional data (RFC 8446 §5.2), without a copy. */
    public static ByteBuffer additionalData(byte[] record) {
        return ByteBuffer.wrap(record, 0, HEADER_LENGTH).slice();
    }

    /**
     * RFC 8446 §5.3: the 64-bit sequence number, big-endian and left-padded with zeros to the IV
     * length, XORed with the IV; written into {@code nonce}, which is reused (no allocation).
     */
    public static void nonce(byte[] iv, long sequenceNumber, byte[] nonce) {
        System.arraycopy(iv, 0, nonce, 0, iv.length);
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (sequenceNumber >>> (8 * i));
        }
    }
}
