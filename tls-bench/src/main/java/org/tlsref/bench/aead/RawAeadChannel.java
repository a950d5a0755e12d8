package org.tlsref.bench.aead;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;

/**
 * One direction of a TLS 1.3 connection done with the raw AEAD alone: a sender that protects
 * records of a fixed payload size and a receiver with the same key that opens them, each with
 * its own sequence number, as RFC 8446 §5.3 counts them. This is the ceiling the record layer is
 * measured against: the same nonce construction, the same additional data, the same
 * TLSInnerPlaintext (see {@link RecordFrame}), and no framing work at all.
 *
 * <p>Every buffer is allocated here, once; {@link #seal()} and {@link #open(Sealed)} allocate
 * only what the backend allocates.
 */
public final class RawAeadChannel {
    private final Aead sender;
    private final Aead receiver;
    private final byte[] iv;
    private final byte[] sealNonce;
    private final byte[] openNonce;
    private final byte[] payload;
    private final ByteBuffer plaintext;
    private final ByteBuffer opened;
    private final Sealed current;
    private long writeSequence;

    /**
     * A channel on {@code provider} for {@code suite}, with {@code key} and {@code iv} as the
     * traffic key and IV and {@code payload} as the application data of every record.
     */
    public RawAeadChannel(CryptoProvider provider, Suite suite, byte[] key, byte[] iv, byte[] payload) {
        this.sender = provider.aead(suite.aead(), Secret.of(key));
        this.receiver = provider.aead(suite.aead(), Secret.of(key));
        this.iv = iv.clone();
        this.sealNonce = new byte[iv.length];
        this.openNonce = new byte[iv.length];
        this.payload = payload.clone();
        byte[] inner = Arrays.copyOf(payload, payload.length + 1);
        inner[payload.length] = RecordFrame.APPLICATION_DATA;
        this.plaintext = ByteBuffer.wrap(inner);
        this.opened = ByteBuffer.allocate(inner.length);
        this.current = new Sealed(RecordFrame.ciphertextLength(suite.aead(), payload.length));
    }

    /** A sealed record with its views, reused from one seal to the next. */
    public static final class Sealed {
        private final byte[] record;
        private final ByteBuffer additionalData;
        private final ByteBuffer out;
        private final ByteBuffer ciphertext;
        private long sequenceNumber;

        Sealed(int ciphertextLength) {
            this.record = new byte[RecordFrame.HEADER_LENGTH + ciphertextLength];
            RecordFrame.writeHeader(record, ciphertextLength);
            this.additionalData = RecordFrame.additionalData(record);
            this.out = ByteBuffer.wrap(record);
            this.ciphertext = ByteBuffer.wrap(record, RecordFrame.HEADER_LENGTH, ciphertextLength).slice();
        }

        /** The record on the wire: header and encrypted_record. */
        public byte[] record() {
            return record;
        }

        /** The sequence number it was sealed under. */
        public long sequenceNumber() {
            return sequenceNumber;
        }

        Sealed copy() {
            Sealed copy = new Sealed(ciphertext.capacity());
            System.arraycopy(record, 0, copy.record, 0, record.length);
            copy.sequenceNumber = sequenceNumber;
            return copy;
        }
    }

    /** Seals the next record under the next sequence number; the result is reused by the next call. */
    public Sealed seal() {
        RecordFrame.nonce(iv, writeSequence, sealNonce);
        current.sequenceNumber = writeSequence++;
        plaintext.clear();
        current.out.clear().position(RecordFrame.HEADER_LENGTH);
        sender.seal(sealNonce, current.additionalData, plaintext, current.out);
        return current;
    }

    /** Seals the next record into a record of its own, kept apart from later seals. */
    public Sealed sealKept() {
        return seal().copy();
    }

    /**
     * Opens {@code sealed} on the receiver and returns the TLSInnerPlaintext.
     *
     * @throws org.tlsref.api.TlsAlert bad_record_mac when it does not authenticate
     */
    public ByteBuffer open(Sealed sealed) {
        RecordFrame.nonce(iv, sealed.sequenceNumber, openNonce);
        sealed.ciphertext.clear();
        opened.clear();
        receiver.open(openNonce, sealed.additionalData, sealed.ciphertext, opened);
        return opened.flip();
    }

    /** A copy of the application data every record carries. */
    public byte[] payload() {
        return payload.clone();
    }
}
