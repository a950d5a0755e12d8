package org.tlsref.api.message;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.KeyUpdateRequest;

/**
 * KeyUpdate, TLS 1.3 only (RFC 8446 §4.6.3).
 * <pre>{@code
 * enum {
 *     update_not_requested(0), update_requested(1), (255)
 * } KeyUpdateRequest;
 *
 * struct {
 *     KeyUpdateRequest request_update;
 * } KeyUpdate;
 * }</pre>
 */
public record KeyUpdate(KeyUpdateRequest requestUpdate) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.KEY_UPDATE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u8(requestUpdate.code());
    }

    /**
     * Decodes a whole body. RFC 8446 §4.6.3: for a request_update other than 0 or 1, "it MUST
     * terminate the connection with an "illegal_parameter" alert"
     * ({@link DecodeFailure#UNKNOWN_KEY_UPDATE_REQUEST}).
     */
    public static KeyUpdate decode(TlsReader body) {
        KeyUpdateRequest request = KeyUpdateRequest.of(body.u8());
        body.expectEnd();
        if (!request.isKnown()) {
            throw new TlsAlert(DecodeFailure.UNKNOWN_KEY_UPDATE_REQUEST,
                    "request_update " + request);
        }
        return new KeyUpdate(request);
    }
}
