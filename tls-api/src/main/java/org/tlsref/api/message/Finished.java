package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * Finished, one form for both versions (RFC 8446 §4.4.4, RFC 5246 §7.4.9).
 * <pre>{@code
 * struct {
 *     opaque verify_data[Hash.length];
 * } Finished;                                  // RFC 8446 §4.4.4
 *
 * struct {
 *     opaque verify_data[verify_data_length];
 * } Finished;                                  // RFC 5246 §7.4.9: 12 bytes for every suite here
 * }</pre>
 * The length depends on the negotiated hash or PRF, which a codec does not know, so the body is
 * all of verify_data; the engine compares it, length included, with the value it computes.
 */
public record Finished(Bytes verifyData) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.FINISHED;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.bytes(verifyData);
    }

    /** Takes the whole body as verify_data. */
    public static Finished decode(TlsReader body) {
        return new Finished(body.rest());
    }
}
