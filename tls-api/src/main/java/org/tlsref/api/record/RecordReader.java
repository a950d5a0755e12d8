package org.tlsref.api.record;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * Cuts records out of bytes that arrive from the network in arbitrary chunks (RFC 8446 §5.1),
 * without I/O: the caller hands over what it has and gets back complete records.
 *
 * <p>{@link #read} consumes input only up to the end of the record in progress, so the reader
 * holds at most one header and one fragment: never more than {@link #MAX_BUFFERED} bytes. A
 * header is checked as soon as its five bytes are in ({@link TlsRecord#decode} lists the
 * checks), so an oversized record fails with record_overflow before its body arrives. A failed
 * header stays buffered and fails again on every later call: the reader does not carry on.
 *
 * <p>Per record it allocates only the fragment's bytes and the small objects around them (the
 * record, its {@code Bytes} and {@code Optional}). A record that lies whole in a heap buffer is
 * copied once, straight from the input; one that arrives in pieces is gathered in a buffer reused
 * across records, then copied out.
 *
 * <p>Mutable, with one owner: the engine's receiving side.
 */
public final class RecordReader {
    /** The most this reader ever holds: one header and the largest fragment any limit allows. */
    public static final int MAX_BUFFERED =
            TlsRecord.HEADER_LENGTH + RecordLimit.largestFragmentLength();

    private static final int NOT_CHECKED = -1;

    private final byte[] header = new byte[TlsRecord.HEADER_LENGTH];
    private int headerFilled;
    private int fragmentLength = NOT_CHECKED;
    private byte[] fragment = new byte[0];
    private int fragmentFilled;

    /** A reader at a record boundary, holding nothing. */
    public RecordReader() {
        // Buffers grow on demand, up to MAX_BUFFERED.
    }

    /**
     * Consumes bytes from {@code in} up to the end of the record in progress. Returns the record
     * when it is complete, leaving any bytes after it in {@code in}; returns empty when {@code in}
     * ran out first, having consumed all of it.
     *
     * @param limit the largest fragment accepted now (plaintext or protected, per version)
     * @throws org.tlsref.api.TlsAlert when a header fails the checks of {@link TlsRecord#decode}
     */
    public Optional<TlsRecord> read(ByteBuffer in, RecordLimit limit) {
        if (!fillHeader(in)) {
            return Optional.empty();
        }
        if (fragmentLength == NOT_CHECKED) {
            int length = u16(3);
            TlsRecord.checkHeader(header[0] & 0xFF, u16(1), length, limit);
            fragmentLength = length;
        }
        if (fragmentFilled == 0 && in.hasArray() && in.remaining() >= fragmentLength) {
            int start = in.arrayOffset() + in.position();
            in.position(in.position() + fragmentLength);
            return Optional.of(complete(Bytes.of(in.array(), start, fragmentLength)));
        }
        if (!fillFragment(in)) {
            return Optional.empty();
        }
        return Optional.of(complete(Bytes.of(fragment, 0, fragmentLength)));
    }

    /** Bytes of an incomplete record held: zero at a record boundary. */
    public int buffered() {
        return headerFilled + fragmentFilled;
    }

    /** True when no part of a record is held, so the next byte read starts a header. */
    public boolean isAtRecordBoundary() {
        return headerFilled == 0;
    }

    private boolean fillHeader(ByteBuffer in) {
        int take = Math.min(TlsRecord.HEADER_LENGTH - headerFilled, in.remaining());
        in.get(header, headerFilled, take);
        headerFilled += take;
        return headerFilled == TlsRecord.HEADER_LENGTH;
    }

    private boolean fillFragment(ByteBuffer in) {
        if (fragment.length < fragmentLength) {
            fragment = new byte[Math.max(fragmentLength, Math.min(2 * fragment.length,
                    RecordLimit.largestFragmentLength()))];
        }
        int take = Math.min(fragmentLength - fragmentFilled, in.remaining());
        in.get(fragment, fragmentFilled, take);
        fragmentFilled += take;
        return fragmentFilled == fragmentLength;
    }

    private TlsRecord complete(Bytes body) {
        TlsRecord record = new TlsRecord(
                ContentType.of(header[0] & 0xFF), ProtocolVersion.of(u16(1)), body);
        headerFilled = 0;
        fragmentLength = NOT_CHECKED;
        fragmentFilled = 0;
        return record;
    }

    private int u16(int offset) {
        return (header[offset] & 0xFF) << 8 | (header[offset + 1] & 0xFF);
    }
}
