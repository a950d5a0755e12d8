package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.Secret;

/**
 * TLS 1.3 record protection for one sending direction and one traffic key (RFC 8446 §5.2): turns
 * a content type and its content into one complete TLSCiphertext record.
 * <pre>
 * struct {
 *     ContentType opaque_type = application_data; /* 23 *&#47;
 *     ProtocolVersion legacy_record_version = 0x0303; /* TLS v1.2 *&#47;
 *     uint16 length;
 *     opaque encrypted_record[TLSCiphertext.length];
 * } TLSCiphertext;
 * </pre>
 * The AEAD seals the TLSInnerPlaintext (content, type, zero padding per the {@link PaddingPolicy})
 * with the nonce of RFC 8446 §5.3 and, as additional data, the record header ("additional_data =
 * TLSCiphertext.opaque_type || TLSCiphertext.legacy_record_version || TLSCiphertext.length",
 * RFC 8446 §5.2).
 *
 * <p>The sequence number starts at 0 ("the first record transmitted under a particular traffic
 * key MUST use sequence number 0", RFC 8446 §5.3) and never wraps: sealing stops at the
 * {@link UsageLimit}, which is below 2^63. {@link #keyUpdateDue()} tells the connection to send a
 * KeyUpdate (or close) before that; sealing past the limit is the connection's bug and fails with
 * {@link IllegalStateException}.
 *
 * <p>Steady state allocates nothing: the header, nonce and inner plaintext live in arrays that are
 * reused. The inner plaintext buffer is made by the first seal and grows (at least doubling, to
 * at most 2^14 + 1 bytes) only when a record needs more, so a handshake key that seals one small
 * flight never holds a full record's worth. Mutable, not thread-safe, one owner: the
 * connection's write side. Replace it, never reset it, when the key changes.
 */
public final class RecordSealer {
    /** RFC 8446 §5.2: TLSCiphertext.legacy_record_version "is always 0x0303". */
    static final int LEGACY_RECORD_VERSION = 0x0303;

    private final Aead aead;
    private final RecordNonce nonce;
    private final PaddingPolicy padding;
    private final UsageLimit limit;
    private final byte[] header = new byte[TlsRecord.HEADER_LENGTH];
    private final ByteBuffer additionalData = ByteBuffer.wrap(header);
    private ByteBuffer innerPlaintext = ByteBuffer.allocate(0);
    private long sequenceNumber;

    private RecordSealer(Aead aead, Secret iv, PaddingPolicy padding, UsageLimit limit) {
        this.aead = aead;
        this.nonce = new RecordNonce(aead.algorithm(), iv);
        this.padding = padding;
        this.limit = limit;
    }

    /**
     * A sealer without padding and with the default limit of the key's algorithm.
     *
     * @param aead the keyed AEAD ([sender]_write_key, RFC 8446 §7.3)
     * @param iv [sender]_write_iv, {@code aead.algorithm().nonceLength()} bytes (copied)
     * @throws IllegalArgumentException for an IV of the wrong length
     */
    public static RecordSealer create(Aead aead, Secret iv) {
        return create(aead, iv, PaddingPolicy.none(), UsageLimit.forAlgorithm(aead.algorithm()));
    }

    /**
     * A sealer with the given padding and usage limit.
     *
     * @throws IllegalArgumentException for an IV of the wrong length
     */
    public static RecordSealer create(Aead aead, Secret iv, PaddingPolicy padding, UsageLimit limit) {
        return new RecordSealer(aead, iv, padding, limit);
    }

    /**
     * {@link #seal(ContentType, ByteBuffer, ByteBuffer, int)} with the protocol's limit,
     * {@link TlsInnerPlaintext#MAX_LENGTH}.
     */
    public void seal(ContentType innerType, ByteBuffer plaintext, ByteBuffer out) {
        seal(innerType, plaintext, out, TlsInnerPlaintext.MAX_LENGTH);
    }

    /**
     * Writes one TLSCiphertext record carrying all of {@code plaintext} (position to limit, which
     * is consumed) as {@code innerType} into {@code out} at its position, which advances by
     * {@link #sealedLength(int, int) sealedLength(plaintext.remaining(), maxInnerPlaintextLength)}.
     *
     * @param innerType handshake, alert or application_data
     * @param maxInnerPlaintextLength the largest TLSInnerPlaintext the peer accepts: 2^14 + 1, or
     *     its record_size_limit (RFC 8449 §4: "an endpoint MUST NOT generate a protected record
     *     with plaintext that is larger than the RecordSizeLimit value it receives from its peer")
     * @throws IllegalArgumentException for another type, zero-length handshake or alert content
     *     (RFC 8446 §5.4: "Implementations MUST NOT send Handshake and Alert records that have a
     *     zero-length TLSInnerPlaintext.content"), content that does not fit the maximum, or an
     *     {@code out} with too little room; nothing is consumed or written then
     * @throws IllegalStateException when the {@link UsageLimit} is reached: the connection had to
     *     update its keys first (RFC 9846 §5.5)
     */
    public void seal(ContentType innerType, ByteBuffer plaintext, ByteBuffer out,
                     int maxInnerPlaintextLength) {
        int contentLength = plaintext.remaining();
        checkSendable(innerType, contentLength);
        int paddingLength = padding.paddingLength(contentLength, maxInnerPlaintextLength);
        int fragmentLength = contentLength + 1 + paddingLength + aead.algorithm().tagLength();
        if (out.remaining() < TlsRecord.HEADER_LENGTH + fragmentLength) {
            throw new IllegalArgumentException("a sealed record of " + fragmentLength
                    + " bytes and its header do not fit " + out.remaining() + " bytes");
        }
        if (limit.isExhaustedBy(sequenceNumber)) {
            throw new IllegalStateException("this key sealed " + sequenceNumber + " records, its "
                    + "usage limit: update the keys first (RFC 9846 §5.5)");
        }
        fillInnerPlaintext(innerType, plaintext, paddingLength);
        fillHeader(fragmentLength);
        out.put(header);
        additionalData.clear();
        aead.seal(nonce.forSequenceNumber(sequenceNumber), additionalData, innerPlaintext, out);
        sequenceNumber++;
    }

    /** {@link #sealedLength(int, int)} with the protocol's limit. */
    public int sealedLength(int plaintextLength) {
        return sealedLength(plaintextLength, TlsInnerPlaintext.MAX_LENGTH);
    }

    /**
     * The bytes {@link #seal} writes for {@code plaintextLength} bytes of content: the header,
     * the content, the type, the padding and the AEAD tag.
     *
     * @throws IllegalArgumentException when the content does not fit the maximum
     */
    public int sealedLength(int plaintextLength, int maxInnerPlaintextLength) {
        int paddingLength = padding.paddingLength(plaintextLength, maxInnerPlaintextLength);
        return TlsRecord.HEADER_LENGTH + plaintextLength + 1 + paddingLength
                + aead.algorithm().tagLength();
    }

    /**
     * True once the key has sealed enough records that the connection should update it
     * (KeyUpdate, RFC 8446 §4.6.3) or close: the {@link UsageLimit}'s margin is reached.
     */
    public boolean keyUpdateDue() {
        return limit.keyUpdateDue(sequenceNumber);
    }

    /** The sequence number of the next record, which is also the number of records sealed. */
    public long sequenceNumber() {
        return sequenceNumber;
    }

    /** The bytes of inner plaintext this sealer holds room for now (tests watch it grow). */
    int innerPlaintextCapacity() {
        return innerPlaintext.capacity();
    }

    /** The padding this sealer applies. */
    public PaddingPolicy padding() {
        return padding;
    }

    private static void checkSendable(ContentType innerType, int contentLength) {
        boolean carriesMessages = innerType.equals(ContentType.HANDSHAKE)
                || innerType.equals(ContentType.ALERT);
        if (!carriesMessages && !innerType.equals(ContentType.APPLICATION_DATA)) {
            throw new IllegalArgumentException("TLS 1.3 protects handshake, alert and "
                    + "application_data records, not " + innerType);
        }
        if (carriesMessages && contentLength == 0) {
            throw new IllegalArgumentException("zero-length " + innerType + " content (RFC 8446 §5.4)");
        }
    }

    private void fillInnerPlaintext(ContentType innerType, ByteBuffer plaintext, int paddingLength) {
        int innerLength = plaintext.remaining() + 1 + paddingLength;
        if (innerPlaintext.capacity() < innerLength) {
            int doubled = Math.min(TlsInnerPlaintext.MAX_LENGTH, 2 * innerPlaintext.capacity());
            innerPlaintext = ByteBuffer.allocate(Math.max(innerLength, doubled));
        }
        innerPlaintext.clear();
        innerPlaintext.put(plaintext);
        innerPlaintext.put((byte) innerType.code());
        int paddingStart = innerPlaintext.position();
        Arrays.fill(innerPlaintext.array(), paddingStart, paddingStart + paddingLength, (byte) 0);
        innerPlaintext.position(paddingStart + paddingLength);
        innerPlaintext.flip();
    }

    private void fillHeader(int fragmentLength) {
        header[0] = (byte) ContentType.APPLICATION_DATA.code();
        header[1] = (byte) (LEGACY_RECORD_VERSION >>> 8);
        header[2] = (byte) LEGACY_RECORD_VERSION;
        header[3] = (byte) (fragmentLength >>> 8);
        header[4] = (byte) fragmentLength;
    }
}
