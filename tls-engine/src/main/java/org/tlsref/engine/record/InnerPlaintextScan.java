package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.registry.ContentType;

/**
 * The receiver's reading of a decrypted TLSInnerPlaintext in place, the rules of
 * {@link org.tlsref.api.record.TlsInnerPlaintext#decode(org.tlsref.api.codec.Bytes, int)} without
 * copying it into {@code Bytes}.
 */
final class InnerPlaintextScan {
    private InnerPlaintextScan() {
    }

    /**
     * Finds the content type of the TLSInnerPlaintext in {@code buffer} from {@code start} to its
     * position, and moves the position back to the end of the content.
     *
     * <ul>
     *   <li>RFC 8446 §5.4: the receiver "scans the field from the end toward the beginning until
     *       it finds a non-zero octet"; "If a receiving implementation does not find a non-zero
     *       octet in the cleartext, it MUST terminate the connection with an "unexpected_message"
     *       alert."
     *   <li>RFC 8446 §5: "An implementation which receives [...] a protected change_cipher_spec
     *       record MUST abort the handshake with an "unexpected_message" alert"; any other type
     *       than handshake, alert or application_data is an unexpected record type (RFC 8446 §5).
     *   <li>RFC 8446 §5.4: zero-length handshake or alert content: unexpected_message.
     * </ul>
     */
    static ContentType typeAndContent(ByteBuffer buffer, int start) {
        int typeAt = buffer.position() - 1;
        while (typeAt >= start && buffer.get(typeAt) == 0) {
            typeAt--;
        }
        if (typeAt < start) {
            throw new TlsAlert(DecodeFailure.MISSING_INNER_CONTENT_TYPE, "no non-zero octet in "
                    + (buffer.position() - start) + " bytes of TLSInnerPlaintext");
        }
        ContentType type = ContentType.of(buffer.get(typeAt) & 0xFF);
        TlsInnerPlaintext.checkInnerType(type, typeAt - start);
        buffer.position(typeAt);
        return type;
    }
}
