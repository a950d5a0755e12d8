package org.tlsref.engine.record;

import org.tlsref.crypto.AeadAlgorithm;

/**
 * How many records one sending key may protect, and how early before that the connection should
 * update its keys.
 *
 * <p>RFC 9846 §5.5: "Implementations MUST either close the connection or do a key update as
 * described in Section 4.7.3 prior to reaching these limits. Note that it is not possible to
 * perform a KeyUpdate for early data; therefore, implementations MUST NOT exceed the limits when
 * sending early data." A {@link RecordSealer} reports {@link RecordSealer#keyUpdateDue()} once
 * {@link #keyUpdateMargin()} records are left, and refuses to seal at {@link #maxRecords()}.
 *
 * <p>The same section says "Receiving implementations SHOULD NOT enforce these limits", so a
 * {@link RecordOpener} counts sequence numbers only.
 *
 * @param maxRecords records the key may seal, 1..2^63-1
 * @param keyUpdateMargin how many records before {@code maxRecords} a key update becomes due,
 *     0..maxRecords
 */
public record UsageLimit(long maxRecords, long keyUpdateMargin) {
    /**
     * RFC 9846 §5.5: "For AES-GCM, up to 2^24.5 full-size records (about 24 million) may be
     * encrypted under a given set of keys while keeping a safety margin of approximately 2^-57
     * for Authenticated Encryption (AE) security": floor(2^24.5).
     */
    public static final long AES_GCM_RECORDS = 23_726_566L;

    /**
     * AES-CCM, which RFC 9846 §5.5 does not list. The CCM confidentiality bound of the analysis it
     * cites, CA <= (2l·q)^2 / 2^128 (the bound RFC 9001 Appendix B.2 and RFC 9147 Appendix B
     * build on), with full-size records of l = 2^10 blocks and the same 2^-60 target that yields
     * AES-GCM's 2^24.5, gives q = 2^23 records. The tag length does not enter it, so CCM_8 has the same limit.
     */
    public static final long AES_CCM_RECORDS = 1L << 23;

    /**
     * RFC 9846 §5.5: "For ChaCha20/Poly1305, the record sequence number would wrap before the
     * safety limit is reached." tlsref stops at 2^63-1 records, a count no connection reaches
     * (292 years at a record per nanosecond) that keeps the arithmetic signed.
     */
    public static final long CHACHA20_POLY1305_RECORDS = Long.MAX_VALUE;

    /** The default margin is this fraction of the limit: a key update due at 15/16 of it. */
    private static final int DEFAULT_MARGIN_DIVISOR = 16;

    /** Checks the ranges. */
    public UsageLimit {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("max records " + maxRecords + " must be positive");
        }
        if (keyUpdateMargin < 0 || keyUpdateMargin > maxRecords) {
            throw new IllegalArgumentException("key update margin " + keyUpdateMargin
                    + " outside 0.." + maxRecords);
        }
    }

    /** The limit of {@code algorithm}, with a key update due when 1/16 of it is left. */
    public static UsageLimit forAlgorithm(AeadAlgorithm algorithm) {
        long max = switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> AES_GCM_RECORDS;
            case AES_128_CCM, AES_128_CCM_8 -> AES_CCM_RECORDS;
            case CHACHA20_POLY1305 -> CHACHA20_POLY1305_RECORDS;
        };
        return new UsageLimit(max, max / DEFAULT_MARGIN_DIVISOR);
    }

    /** This limit with a key update due {@code margin} records before it. */
    public UsageLimit withMargin(long margin) {
        return new UsageLimit(maxRecords, margin);
    }

    /** True when a key that has sealed {@code recordsSealed} records should be updated. */
    public boolean keyUpdateDue(long recordsSealed) {
        return recordsSealed >= maxRecords - keyUpdateMargin;
    }

    /** True when a key that has sealed {@code recordsSealed} records must seal no more. */
    public boolean isExhaustedBy(long recordsSealed) {
        return recordsSealed >= maxRecords;
    }
}
