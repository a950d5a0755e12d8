package org.tlsref.api.extension;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * record_size_limit, RFC 8449 §4, the same body in the ClientHello, the TLS 1.2 ServerHello and
 * TLS 1.3 EncryptedExtensions.
 * <pre>{@code
 * uint16 RecordSizeLimit;
 * }</pre>
 * "Endpoints MUST NOT send a "record_size_limit" extension with a value smaller than 64.  An
 * endpoint MUST treat receipt of a smaller value as a fatal error and generate an
 * "illegal_parameter" alert." ({@link DecodeFailure#RECORD_SIZE_LIMIT_TOO_SMALL}). The upper
 * bound depends on the negotiated version and is the engine's to check.
 */
public record RecordSizeLimit(int recordSizeLimit) implements Extension {
    /** The smallest value RFC 8449 §4 lets an endpoint send. */
    public static final int MINIMUM = 64;

    @Override
    public ExtensionType type() {
        return ExtensionType.RECORD_SIZE_LIMIT;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u16(recordSizeLimit);
    }

    /** Reads the uint16 limit; a value below 64 is illegal_parameter. */
    public static RecordSizeLimit decode(TlsReader r) {
        int limit = r.u16();
        if (limit < MINIMUM) {
            throw new TlsAlert(DecodeFailure.RECORD_SIZE_LIMIT_TOO_SMALL,
                    "record_size_limit " + limit + " is below " + MINIMUM);
        }
        return new RecordSizeLimit(limit);
    }
}
