package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;

/**
 * Gathers one record at a time from bytes that arrive in arbitrary chunks into one array reused
 * for every record, so the receive path allocates nothing per record (tls-api's
 * {@link org.tlsref.api.record.RecordReader} hands out a fresh copy of each fragment instead).
 *
 * <p>The header is checked as soon as its five bytes are in, before the body is held, with the
 * checks and reasons of {@link TlsRecord#decode}: a type this protocol defines (RFC 8446 §5,
 * unexpected_message), a legacy_record_version with major byte 3 (RFC 9846 §E.5), the length
 * against the limit in force (record_overflow), and no zero-length fragment other than
 * application_data (RFC 8446 §5.1). A failed header stays and fails again on every call.
 *
 * <p>The array starts small, enough for the plaintext records of a handshake, and grows (at least
 * doubling, to at most the largest record of the protocol) only when a checked header announces a
 * longer record; from then on it is reused, so steady state still allocates nothing.
 */
final class RecordFramer {
    private static final int NOT_CHECKED = -1;

    /** The first array: a ClientHello or ServerHello record usually fits. */
    static final int INITIAL_CAPACITY = 1024;
    private static final int LARGEST_RECORD =
            TlsRecord.HEADER_LENGTH + RecordLimit.largestFragmentLength();

    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private ByteBuffer view = ByteBuffer.wrap(buffer);
    private int filled;
    private int total = NOT_CHECKED;

    /**
     * Consumes bytes of {@code in} up to the end of the record in progress; true when that record
     * is complete (then read it with the accessors until the next call).
     */
    boolean read(ByteBuffer in, RecordLimit limit) {
        if (isComplete()) {
            filled = 0;
            total = NOT_CHECKED;
        }
        fill(in, TlsRecord.HEADER_LENGTH);
        if (filled < TlsRecord.HEADER_LENGTH) {
            return false;
        }
        if (total == NOT_CHECKED) {
            checkHeader(limit);
            total = TlsRecord.HEADER_LENGTH + fragmentLength();
            makeRoom(total);
        }
        fill(in, total);
        return isComplete();
    }

    /** True when no part of a record is held: the next byte starts a header. */
    boolean isAtRecordBoundary() {
        return filled == 0 || isComplete();
    }

    /** The complete record's outer content type. */
    ContentType type() {
        return ContentType.of(buffer[0] & 0xFF);
    }

    /** The complete record's TLSPlaintext.length / TLSCiphertext.length. */
    int fragmentLength() {
        return (buffer[3] & 0xFF) << 8 | (buffer[4] & 0xFF);
    }

    /** The complete record, header included, as a buffer from 0 to its end (shared, reused). */
    ByteBuffer record() {
        view.clear().limit(total);
        return view;
    }

    /** A copy of the complete record's fragment, for plaintext handshake and alert records. */
    Bytes fragment() {
        return Bytes.of(buffer, TlsRecord.HEADER_LENGTH, fragmentLength());
    }

    private boolean isComplete() {
        return total != NOT_CHECKED && filled == total;
    }

    private void fill(ByteBuffer in, int upTo) {
        int take = Math.min(upTo - filled, in.remaining());
        if (take > 0) {
            in.get(buffer, filled, take);
            filled += take;
        }
    }

    /** The capacity of the array now (tests watch it grow). */
    int capacity() {
        return buffer.length;
    }

    private void makeRoom(int recordLength) {
        if (buffer.length < recordLength) {
            byte[] larger = new byte[Math.max(recordLength,
                    Math.min(LARGEST_RECORD, 2 * buffer.length))];
            System.arraycopy(buffer, 0, larger, 0, filled);
            buffer = larger;
            view = ByteBuffer.wrap(buffer);
        }
    }

    private void checkHeader(RecordLimit limit) {
        int type = buffer[0] & 0xFF;
        int version = (buffer[1] & 0xFF) << 8 | (buffer[2] & 0xFF);
        TlsRecord.checkHeader(type, version, fragmentLength(), limit);
    }
}
