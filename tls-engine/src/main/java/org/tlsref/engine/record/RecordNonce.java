package org.tlsref.engine.record;

import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.Secret;

/**
 * The per-record nonce of RFC 8446 §5.3, computed into one reused array: "1. The 64-bit record
 * sequence number is encoded in network byte order and padded to the left with zeros to
 * iv_length. 2. The padded sequence number is XORed with either the static client_write_iv or
 * server_write_iv (depending on the role)."
 */
final class RecordNonce {
    private static final int SEQUENCE_NUMBER_LENGTH = Long.BYTES;

    private final byte[] iv;
    private final byte[] nonce;

    /**
     * @throws IllegalArgumentException when {@code iv} is not the algorithm's nonce length
     *     (iv_length, RFC 8446 §5.3)
     */
    RecordNonce(AeadAlgorithm algorithm, Secret iv) {
        if (iv.length() != algorithm.nonceLength()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.nonceLength()
                    + "-byte write_iv, got " + iv.length());
        }
        this.iv = iv.bytes();
        this.nonce = new byte[this.iv.length];
    }

    /** The nonce for {@code sequenceNumber} (an unsigned 64-bit value); valid until the next call. */
    byte[] forSequenceNumber(long sequenceNumber) {
        int last = nonce.length - 1;
        System.arraycopy(iv, 0, nonce, 0, nonce.length);
        for (int i = 0; i < SEQUENCE_NUMBER_LENGTH; i++) {
            nonce[last - i] ^= (byte) (sequenceNumber >>> (8 * i));
        }
        return nonce;
    }
}
