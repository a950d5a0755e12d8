package org.tlsref.api.record;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ContentType;

/**
 * The plaintext of a protected TLS 1.3 record (RFC 8446 §5.2): the content, its real content
 * type, and zero padding (RFC 8446 §5.4).
 * <pre>
 * struct {
 *     opaque content[TLSPlaintext.length];
 *     ContentType type;
 *     uint8 zeros[length_of_padding];
 * } TLSInnerPlaintext;
 * </pre>
 *
 * <p>Encoding writes what the value holds, however long; decoding is strict.
 *
 * @param content the TLSPlaintext.fragment carried
 * @param type the real content type, which the outer record hides as application_data
 * @param paddingLength the number of zero octets after the type
 */
public record TlsInnerPlaintext(Bytes content, ContentType type, int paddingLength) {
    /**
     * RFC 8446 §5.4: "the full encoded TLSInnerPlaintext MUST NOT exceed 2^14 + 1 octets": 2^14
     * of content and padding, plus the content type.
     */
    public static final int MAX_LENGTH = RecordLimit.PLAINTEXT.maxFragmentLength() + 1;

    /** Checks that the padding length is not negative. */
    public TlsInnerPlaintext {
        if (paddingLength < 0) {
            throw new IllegalArgumentException("negative padding length " + paddingLength);
        }
    }

    /** Content of {@code type} without padding. */
    public static TlsInnerPlaintext unpadded(Bytes content, ContentType type) {
        return new TlsInnerPlaintext(content, type, 0);
    }

    /** Writes content, type and the zero padding. */
    public void encode(TlsWriter w) {
        w.bytes(content).u8(type.code()).bytes(Bytes.zeros(paddingLength));
    }

    /** The encoded structure: the plaintext the AEAD seals. */
    public Bytes toBytes() {
        return TlsWriter.encode(this::encode);
    }

    /** {@link #decode(Bytes, int)} with the protocol's limit, {@link #MAX_LENGTH}. */
    public static TlsInnerPlaintext decode(Bytes plaintext) {
        return decode(plaintext, MAX_LENGTH);
    }

    /**
     * Recovers content, type and padding from a decrypted record.
     *
     * <ul>
     *   <li>Longer than {@code maxLength}: record_overflow (RFC 8446 §5.4; a record_size_limit
     *       lowers {@code maxLength}, RFC 8449 §4: "A TLS endpoint that receives a record larger
     *       than its advertised limit MUST generate a fatal record_overflow alert").
     *   <li>RFC 8446 §5.4: the receiver "scans the field from the end toward the beginning until
     *       it finds a non-zero octet"; none is unexpected_message.
     *   <li>A type other than handshake, alert or application_data is unexpected_message:
     *       RFC 8446 §5 for an unknown type, and for change_cipher_spec "An implementation which
     *       receives [...] a protected change_cipher_spec record MUST abort the handshake with an
     *       unexpected_message alert."
     *   <li>RFC 8446 §5.4: "Implementations MUST NOT send Handshake and Alert records that have a
     *       zero-length TLSInnerPlaintext.content; if such a message is received, the receiving
     *       implementation MUST terminate the connection with an unexpected_message alert."
     * </ul>
     *
     * @param maxLength the largest TLSInnerPlaintext accepted, 1..{@link #MAX_LENGTH}
     * @throws IllegalArgumentException when {@code maxLength} is outside that range
     */
    public static TlsInnerPlaintext decode(Bytes plaintext, int maxLength) {
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "max TLSInnerPlaintext length " + maxLength + " outside 1.." + MAX_LENGTH);
        }
        if (plaintext.length() > maxLength) {
            throw new TlsAlert(DecodeFailure.RECORD_OVERFLOW, "TLSInnerPlaintext of "
                    + plaintext.length() + " bytes exceeds " + maxLength);
        }
        int typeAt = plaintext.length() - 1;
        while (typeAt >= 0 && plaintext.get(typeAt) == 0) {
            typeAt--;
        }
        if (typeAt < 0) {
            throw new TlsAlert(DecodeFailure.MISSING_INNER_CONTENT_TYPE,
                    "no non-zero octet in " + plaintext.length() + " bytes of TLSInnerPlaintext");
        }
        ContentType type = ContentType.of(plaintext.get(typeAt));
        checkInnerType(type, typeAt);
        return new TlsInnerPlaintext(
                plaintext.slice(0, typeAt), type, plaintext.length() - typeAt - 1);
    }

    /**
     * The rules on a decrypted inner content type and its content length (RFC 8446 §5, §5.4):
     * a protected change_cipher_spec, an undefined type, or empty handshake or alert content is
     * unexpected_message. Public so a record layer that scans in place applies the same rules.
     */
    public static void checkInnerType(ContentType type, int contentLength) {
        if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
            throw new TlsAlert(DecodeFailure.PROTECTED_CHANGE_CIPHER_SPEC, "inside TLSInnerPlaintext");
        }
        boolean carriesMessages = type.equals(ContentType.HANDSHAKE) || type.equals(ContentType.ALERT);
        if (!carriesMessages && !type.equals(ContentType.APPLICATION_DATA)) {
            throw new TlsAlert(DecodeFailure.UNEXPECTED_CONTENT_TYPE, "inner content type " + type);
        }
        if (carriesMessages && contentLength == 0) {
            throw new TlsAlert(DecodeFailure.EMPTY_RECORD, "zero-length inner " + type);
        }
    }
}
