package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.Secret;

/**
 * TLS 1.3 record deprotection for one receiving direction and one traffic key (RFC 8446 §5.2):
 * takes one complete TLSCiphertext record, authenticates and decrypts it with the nonce of
 * RFC 8446 §5.3 and the record header as additional data, and recovers the content and its type
 * from the TLSInnerPlaintext (RFC 8446 §5.4).
 *
 * <p>Checks, in order, each ending the connection with a {@link TlsAlert}:
 * <ol>
 *   <li>opaque_type other than application_data: an unprotected record where a protected one is
 *       due, {@link RecordFailure#UNPROTECTED_RECORD} (unexpected_message, RFC 8446 §5).
 *   <li>TLSCiphertext.length above 2^14 + 256 (RFC 8446 §5.2: "An endpoint that receives a
 *       record from its peer with TLSCiphertext.length larger than 2^14 + 256 octets MUST
 *       terminate the connection with a "record_overflow" alert"), or a ciphertext whose
 *       plaintext would exceed the TLSInnerPlaintext limit (2^14 + 1, RFC 8446 §5.4, or the
 *       record_size_limit this endpoint advertised, RFC 8449 §4): record_overflow.
 *   <li>The sequence number would wrap (RFC 8446 §5.3): {@link RecordFailure#SEQUENCE_NUMBER_EXHAUSTED}.
 *   <li>The AEAD fails: bad_record_mac, {@link org.tlsref.crypto.CryptoFailure#BAD_RECORD_MAC}
 *       (RFC 8446 §5.2: "If the decryption fails, the receiver MUST terminate the connection
 *       with a "bad_record_mac" alert").
 *   <li>The TLSInnerPlaintext rules of {@link TlsInnerPlaintext#decode(org.tlsref.api.codec.Bytes, int)}:
 *       no non-zero octet, a protected change_cipher_spec or unknown type, and empty handshake or
 *       alert content are unexpected_message, with the same {@link DecodeFailure} reasons.
 * </ol>
 *
 * <p>The usage limits of RFC 9846 §5.5 are not enforced here: "Receiving implementations SHOULD
 * NOT enforce these limits, as future analyses may result in updated values."
 *
 * <p>Steady state allocates nothing. Mutable, not thread-safe, one owner: the connection's read
 * side. Replace it when the key changes.
 */
public final class RecordOpener {
    /** The unsigned sequence number 2^64 - 1, which would wrap to 0 after use. */
    private static final long LAST_SEQUENCE_NUMBER = -1L;

    private final Aead aead;
    private final RecordNonce nonce;
    private final byte[] header = new byte[TlsRecord.HEADER_LENGTH];
    private final ByteBuffer additionalData = ByteBuffer.wrap(header);
    private long sequenceNumber;

    private RecordOpener(Aead aead, Secret iv, long firstSequenceNumber) {
        this.aead = aead;
        this.nonce = new RecordNonce(aead.algorithm(), iv);
        this.sequenceNumber = firstSequenceNumber;
    }

    /**
     * An opener whose first record has sequence number 0.
     *
     * @param aead the keyed AEAD (the peer's [sender]_write_key, RFC 8446 §7.3)
     * @param iv the peer's [sender]_write_iv, {@code aead.algorithm().nonceLength()} bytes (copied)
     * @throws IllegalArgumentException for an IV of the wrong length
     */
    public static RecordOpener create(Aead aead, Secret iv) {
        return new RecordOpener(aead, iv, 0);
    }

    /** An opener that starts at {@code firstSequenceNumber}, for tests of the end of the space. */
    static RecordOpener startingAt(Aead aead, Secret iv, long firstSequenceNumber) {
        return new RecordOpener(aead, iv, firstSequenceNumber);
    }

    /** {@link #open(ByteBuffer, ByteBuffer, int)} with the protocol's limit. */
    public ContentType open(ByteBuffer record, ByteBuffer out) {
        return open(record, out, TlsInnerPlaintext.MAX_LENGTH);
    }

    /** {@link #open(ByteBuffer, ByteBuffer)} for a framed record (copies it once). */
    public ContentType open(TlsRecord record, ByteBuffer out) {
        return open(ByteBuffer.wrap(record.toBytes().toByteArray()), out);
    }

    /**
     * Opens the one record in {@code record} (position to limit: header and encrypted_record),
     * writing its content to {@code out} at its position and returning its inner content type.
     * {@code record}'s position moves to its limit; {@code out}'s position advances past the
     * content. The bytes after it, up to the length of the decrypted TLSInnerPlaintext, are
     * overwritten with the type and padding.
     *
     * @param maxInnerPlaintextLength the largest TLSInnerPlaintext accepted, 1..2^14 + 1: the
     *     record_size_limit this endpoint advertised, or 2^14 + 1
     * @throws TlsAlert for what the peer got wrong (see the class comment)
     * @throws IllegalArgumentException when {@code record} does not hold exactly one record
     *     (header length field against remaining bytes), when {@code out} has less room than the
     *     ciphertext minus the tag, or for a maximum outside 1..2^14 + 1
     */
    public ContentType open(ByteBuffer record, ByteBuffer out, int maxInnerPlaintextLength) {
        int fragmentLength = readHeader(record);
        checkLengths(fragmentLength, out, maxInnerPlaintextLength);
        if (sequenceNumber == LAST_SEQUENCE_NUMBER) {
            throw new TlsAlert(RecordFailure.SEQUENCE_NUMBER_EXHAUSTED,
                    "2^64 - 1 records under one key without a KeyUpdate (RFC 8446 §5.3)");
        }
        int contentStart = out.position();
        record.position(record.position() + TlsRecord.HEADER_LENGTH);
        additionalData.clear();
        aead.open(nonce.forSequenceNumber(sequenceNumber), additionalData, record, out);
        sequenceNumber++;
        return InnerPlaintextScan.typeAndContent(out, contentStart);
    }

    /** The sequence number the next record must carry, which is also the number opened. */
    public long sequenceNumber() {
        return sequenceNumber;
    }

    /** The AEAD tag length: what a TLSCiphertext adds to its TLSInnerPlaintext. */
    public int tagLength() {
        return aead.algorithm().tagLength();
    }

    private int readHeader(ByteBuffer record) {
        if (record.remaining() < TlsRecord.HEADER_LENGTH) {
            throw new IllegalArgumentException("not a record: " + record.remaining() + " bytes");
        }
        record.get(record.position(), header);
        int fragmentLength = (header[3] & 0xFF) << 8 | (header[4] & 0xFF);
        if (fragmentLength != record.remaining() - TlsRecord.HEADER_LENGTH) {
            throw new IllegalArgumentException("record header announces " + fragmentLength
                    + " bytes, " + (record.remaining() - TlsRecord.HEADER_LENGTH) + " follow");
        }
        if ((header[0] & 0xFF) != ContentType.APPLICATION_DATA.code()) {
            throw new TlsAlert(RecordFailure.UNPROTECTED_RECORD, "record of type "
                    + ContentType.of(header[0] & 0xFF) + " where a protected record is due");
        }
        return fragmentLength;
    }

    private void checkLengths(int fragmentLength, ByteBuffer out, int maxInnerPlaintextLength) {
        if (maxInnerPlaintextLength < 1 || maxInnerPlaintextLength > TlsInnerPlaintext.MAX_LENGTH) {
            throw new IllegalArgumentException("max TLSInnerPlaintext length "
                    + maxInnerPlaintextLength + " outside 1.." + TlsInnerPlaintext.MAX_LENGTH);
        }
        RecordLimit.TLS13_CIPHERTEXT.check(fragmentLength);
        int innerLength = fragmentLength - aead.algorithm().tagLength();
        if (innerLength > maxInnerPlaintextLength) {
            throw new TlsAlert(DecodeFailure.RECORD_OVERFLOW, "a TLSCiphertext of "
                    + fragmentLength + " bytes holds a TLSInnerPlaintext of " + innerLength
                    + " bytes, above the limit of " + maxInnerPlaintextLength);
        }
        if (out.remaining() < Math.max(0, innerLength)) {
            throw new IllegalArgumentException("no room for " + innerLength
                    + " bytes of plaintext, " + out.remaining() + " left");
        }
    }
}
