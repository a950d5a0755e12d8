package org.tlsref.api.record;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;

/**
 * The change_cipher_spec message (RFC 5246 §7.1), in TLS 1.3 only a middlebox-compatibility
 * record to drop (RFC 8446 §5, RFC 8446 §D.4; RFC 9846 §E.4).
 * <pre>
 * struct {
 *     enum { change_cipher_spec(1), (255) } type;
 * } ChangeCipherSpec;
 * </pre>
 * It has exactly one valid encoding, so the type has one value, {@link #INSTANCE}.
 */
public record ChangeCipherSpec() {
    /** The message. */
    public static final ChangeCipherSpec INSTANCE = new ChangeCipherSpec();

    /** The only valid encoding: the single byte 0x01. */
    public static final Bytes ENCODED = Bytes.ofUnsigned(1);

    /** Writes the single byte 0x01. */
    public void encode(TlsWriter w) {
        w.bytes(ENCODED);
    }

    /** The encoded message, a change_cipher_spec record's whole fragment. */
    public Bytes toBytes() {
        return ENCODED;
    }

    /**
     * Reads the fragment of a change_cipher_spec record. RFC 8446 §5: an implementation may
     * receive a record "consisting of the single byte value 0x01 [...] An implementation which
     * receives any other change_cipher_spec value [...] MUST abort the handshake with an
     * unexpected_message alert." RFC 5246 names no alert; the same rule applies to TLS 1.2.
     */
    public static ChangeCipherSpec decodeRecord(Bytes fragment) {
        if (!fragment.equals(ENCODED)) {
            throw new TlsAlert(DecodeFailure.ILLEGAL_CHANGE_CIPHER_SPEC,
                    "change_cipher_spec fragment " + fragment.toHex() + ", expected 01");
        }
        return INSTANCE;
    }
}
