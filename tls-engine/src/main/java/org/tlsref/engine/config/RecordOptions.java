package org.tlsref.engine.config;

import java.util.Objects;
import java.util.OptionalInt;
import org.tlsref.engine.record.PaddingPolicy;

/**
 * How this endpoint's records and handshake messages are sized. Built and checked by
 * {@link TlsConfig.Builder}.
 *
 * @param recordSizeLimitOrZero the record_size_limit this endpoint advertises (RFC 8449 §4), in
 *     the TLS 1.3 sense (the whole TLSInnerPlaintext, 64..2^14+1), or 0 to send none
 * @param padding how protected records are padded (RFC 8446 §5.4)
 * @param maxHandshakeMessageSize the largest handshake message body accepted from the peer
 *     (DESIGN.md limits; 64 KiB by default, room for certificate chains)
 */
public record RecordOptions(int recordSizeLimitOrZero, PaddingPolicy padding,
        int maxHandshakeMessageSize) {

    /** Rejects a null policy. */
    public RecordOptions {
        Objects.requireNonNull(padding, "padding");
    }

    /** The record_size_limit to advertise, if any. */
    public OptionalInt recordSizeLimit() {
        return recordSizeLimitOrZero == 0 ? OptionalInt.empty() : OptionalInt.of(recordSizeLimitOrZero);
    }
}
