package org.tlsref.engine.record;

import org.tlsref.api.record.TlsInnerPlaintext;

/**
 * How many zero octets a sender appends to a TLSInnerPlaintext (RFC 8446 §5.4: "When generating
 * a TLSCiphertext record, implementations MAY choose to pad"). Every policy is clipped so that
 * the padded structure never exceeds the limit in force: "the full encoded TLSInnerPlaintext MUST
 * NOT exceed 2^14 + 1 octets", or the peer's record_size_limit, which "applies to the full
 * plaintext, including the content type and padding" (RFC 8446 §5.4, RFC 8449 §4).
 */
public sealed interface PaddingPolicy
        permits PaddingPolicy.None, PaddingPolicy.ToMultipleOf, PaddingPolicy.Fixed {

    /**
     * The number of zero octets to append after the content type.
     *
     * @param contentLength bytes of TLSInnerPlaintext.content
     * @param maxInnerPlaintextLength the largest TLSInnerPlaintext allowed (content, type,
     *     padding), at least {@code contentLength + 1}
     * @return a length such that {@code contentLength + 1 + length <= maxInnerPlaintextLength}
     * @throws IllegalArgumentException when the content and its type alone exceed the maximum
     */
    int paddingLength(int contentLength, int maxInnerPlaintextLength);

    /** No padding: the RFC 8448 traces, and the default. */
    static PaddingPolicy none() {
        return None.INSTANCE;
    }

    /**
     * Pads the whole TLSInnerPlaintext (content, type, zeros) to a multiple of {@code blockSize},
     * so an observer learns the length only to that granularity.
     *
     * @throws IllegalArgumentException unless 1 &lt;= blockSize &lt;= 2^14 + 1
     */
    static PaddingPolicy toMultipleOf(int blockSize) {
        return new ToMultipleOf(blockSize);
    }

    /**
     * Appends {@code zeros} zero octets to every record (fewer where the limit leaves less room).
     *
     * @throws IllegalArgumentException unless 0 &lt;= zeros &lt;= 2^14
     */
    static PaddingPolicy fixed(int zeros) {
        return new Fixed(zeros);
    }

    /** Room left for padding under the limit. */
    private static int room(int contentLength, int maxInnerPlaintextLength) {
        if (contentLength < 0 || maxInnerPlaintextLength > TlsInnerPlaintext.MAX_LENGTH
                || contentLength + 1 > maxInnerPlaintextLength) {
            throw new IllegalArgumentException("content of " + contentLength
                    + " bytes and its type do not fit a TLSInnerPlaintext of at most "
                    + maxInnerPlaintextLength + " bytes (RFC 8446 §5.4)");
        }
        return maxInnerPlaintextLength - contentLength - 1;
    }

    /** No padding. */
    record None() implements PaddingPolicy {
        static final None INSTANCE = new None();

        @Override
        public int paddingLength(int contentLength, int maxInnerPlaintextLength) {
            room(contentLength, maxInnerPlaintextLength);
            return 0;
        }
    }

    /**
     * Pads the TLSInnerPlaintext to a multiple of {@code blockSize}.
     *
     * @param blockSize 1..2^14+1
     */
    record ToMultipleOf(int blockSize) implements PaddingPolicy {
        /** Checks the block size. */
        public ToMultipleOf {
            if (blockSize < 1 || blockSize > TlsInnerPlaintext.MAX_LENGTH) {
                throw new IllegalArgumentException("block size " + blockSize + " outside 1.."
                        + TlsInnerPlaintext.MAX_LENGTH);
            }
        }

        @Override
        public int paddingLength(int contentLength, int maxInnerPlaintextLength) {
            int room = room(contentLength, maxInnerPlaintextLength);
            int unpadded = contentLength + 1;
            int wanted = (blockSize - unpadded % blockSize) % blockSize;
            return Math.min(wanted, room);
        }
    }

    /**
     * Appends a fixed number of zeros.
     *
     * @param zeros 0..2^14
     */
    record Fixed(int zeros) implements PaddingPolicy {
        /** Checks the count. */
        public Fixed {
            if (zeros < 0 || zeros > TlsInnerPlaintext.MAX_LENGTH - 1) {
                throw new IllegalArgumentException("padding of " + zeros + " outside 0.."
                        + (TlsInnerPlaintext.MAX_LENGTH - 1));
            }
        }

        @Override
        public int paddingLength(int contentLength, int maxInnerPlaintextLength) {
            return Math.min(zeros, room(contentLength, maxInnerPlaintextLength));
        }
    }
}
