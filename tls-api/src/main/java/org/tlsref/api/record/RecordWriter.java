package org.tlsref.api.record;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * Frames a payload of one content type into records of at most {@code maxFragmentLength} bytes
 * each (RFC 8446 §5.1: "The record layer fragments information blocks into TLSPlaintext records
 * carrying data in chunks of 2^14 bytes or less").
 *
 * <p>{@link #DEFAULT} uses 2^14. A peer's record_size_limit (RFC 8449 §4) or max_fragment_length
 * (RFC 6066 §4) lowers it; in TLS 1.3 the limit covers the whole TLSInnerPlaintext, so the engine
 * passes the peer's limit minus one octet for the content type, minus any padding it adds.
 *
 * <p>Local misuse fails with {@link IllegalArgumentException}: a zero-length handshake, alert or
 * change_cipher_spec payload (RFC 8446 §5.1, RFC 5246 §6.2.1 forbid sending those), or an alert
 * or change_cipher_spec that would need more than one record (RFC 8446 §5.1: "Alert messages
 * MUST NOT be fragmented across records").
 *
 * @param maxFragmentLength the largest fragment to write, 1..2^14
 */
public record RecordWriter(int maxFragmentLength) {
    /** A writer with the protocol's own limit, 2^14. */
    public static final RecordWriter DEFAULT = new RecordWriter(RecordLimit.PLAINTEXT.maxFragmentLength());

    /** Checks that the fragment size is one a record may carry. */
    public RecordWriter {
        if (maxFragmentLength < 1 || maxFragmentLength > RecordLimit.PLAINTEXT.maxFragmentLength()) {
            throw new IllegalArgumentException("max fragment length " + maxFragmentLength
                    + " outside 1.." + RecordLimit.PLAINTEXT.maxFragmentLength());
        }
    }

    /**
     * Splits {@code payload} into fragments of at most {@link #maxFragmentLength()} bytes, in
     * order. An empty payload gives one empty fragment: a zero-length application_data record is
     * allowed (RFC 8446 §5.1, RFC 5246 §6.2.1).
     */
    public List<Bytes> split(Bytes payload) {
        if (payload.length() <= maxFragmentLength) {
            return List.of(payload);
        }
        List<Bytes> fragments = new ArrayList<>(fragmentCount(payload.length()));
        for (int from = 0; from < payload.length(); from += maxFragmentLength) {
            fragments.add(payload.slice(from, Math.min(payload.length(), from + maxFragmentLength)));
        }
        return List.copyOf(fragments);
    }

    /**
     * The records that carry {@code payload} as {@code type}, each with {@code legacyRecordVersion}.
     *
     * @throws IllegalArgumentException for a payload the RFCs forbid sending this way (see above)
     */
    public List<TlsRecord> frame(ContentType type, ProtocolVersion legacyRecordVersion, Bytes payload) {
        checkSendable(type, payload);
        List<Bytes> fragments = split(payload);
        List<TlsRecord> records = new ArrayList<>(fragments.size());
        for (Bytes fragment : fragments) {
            records.add(new TlsRecord(type, legacyRecordVersion, fragment));
        }
        return List.copyOf(records);
    }

    /** The wire bytes of {@link #frame}: the records one after another. */
    public Bytes encode(ContentType type, ProtocolVersion legacyRecordVersion, Bytes payload) {
        TlsWriter w = TlsWriter.create();
        for (TlsRecord record : frame(type, legacyRecordVersion, payload)) {
            record.encode(w);
        }
        return w.toBytes();
    }

    private int fragmentCount(int payloadLength) {
        return Math.max(1, (payloadLength + maxFragmentLength - 1) / maxFragmentLength);
    }

    private void checkSendable(ContentType type, Bytes payload) {
        boolean application = type.equals(ContentType.APPLICATION_DATA);
        if (payload.isEmpty() && !application) {
            throw new IllegalArgumentException("zero-length " + type + " record");
        }
        boolean single = type.equals(ContentType.ALERT) || type.equals(ContentType.CHANGE_CIPHER_SPEC);
        if (single && payload.length() > maxFragmentLength) {
            throw new IllegalArgumentException(type + " of " + payload.length()
                    + " bytes does not fit one record of " + maxFragmentLength);
        }
    }
}
