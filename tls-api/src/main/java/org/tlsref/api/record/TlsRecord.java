package org.tlsref.api.record;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * One record as framed on the wire: a TLSPlaintext (RFC 8446 §5.1, RFC 5246 §6.2.1) or a
 * TLSCiphertext (RFC 8446 §5.2, RFC 5246 §6.2.3), which share the header. Whether the fragment
 * is protected is the engine's knowledge, not the record's: in TLS 1.3 a plaintext
 * change_cipher_spec may arrive while protected records are expected (RFC 8446 §5).
 * <pre>
 * struct {
 *     ContentType type;
 *     ProtocolVersion legacy_record_version;
 *     uint16 length;
 *     opaque fragment[TLSPlaintext.length];
 * } TLSPlaintext;
 *
 * struct {
 *     ContentType opaque_type = application_data; /* 23 *&#47;
 *     ProtocolVersion legacy_record_version = 0x0303; /* TLS v1.2 *&#47;
 *     uint16 length;
 *     opaque encrypted_record[TLSCiphertext.length];
 * } TLSCiphertext;
 * </pre>
 *
 * <p>Decoding checks the header as a receiver must (see {@link #decode}); encoding writes whatever
 * the record holds, so tests and the probe can build records the RFC forbids.
 */
public record TlsRecord(ContentType type, ProtocolVersion legacyRecordVersion, Bytes fragment) {
    /** Bytes in the record header: type, legacy_record_version and length. */
    public static final int HEADER_LENGTH = 5;

    /**
     * Writes the header and the fragment.
     *
     * @throws IllegalArgumentException when the fragment does not fit the uint16 length
     */
    public void encode(TlsWriter w) {
        w.u8(type.code()).u16(legacyRecordVersion.code()).u16(fragment.length()).bytes(fragment);
    }

    /** The record's wire bytes. */
    public Bytes toBytes() {
        return TlsWriter.encode(this::encode);
    }

    /**
     * Reads one record from {@code r}; bytes after it stay in {@code r}. The header is checked
     * as a receiver must, before the fragment is read:
     *
     * <ul>
     *   <li>RFC 8446 §5: "If a TLS implementation receives an unexpected record type, it MUST
     *       terminate the connection with an unexpected_message alert." Only change_cipher_spec,
     *       alert, handshake and application_data are accepted; tlsref negotiates no extension
     *       that adds a record type.
     *   <li>legacy_record_version "MUST be ignored for all purposes" (RFC 8446 §5.1), so every
     *       TLS 1.x and SSL 3.0 value (0x0300..0x03ff) passes and the caller still sees it; a
     *       major byte other than 3 is not TLS (RFC 9846 §E.5: "Implementations SHOULD
     *       NOT accept any records with a version less than 0x0300").
     *   <li>The length against {@code limit}: record_overflow (RFC 8446 §5.1, RFC 8446 §5.2).
     *   <li>RFC 8446 §5.1: "Implementations MUST NOT send zero-length fragments of Handshake
     *       types"; RFC 5246 §6.2.1 extends this to Alert and ChangeCipherSpec. Received, they
     *       fail with unexpected_message, the alert RFC 8446 §5.4 names for the protected case.
     * </ul>
     */
    public static TlsRecord decode(TlsReader r, RecordLimit limit) {
        int type = r.u8();
        int version = r.u16();
        int length = r.u16();
        checkHeader(type, version, length, limit);
        return new TlsRecord(ContentType.of(type), ProtocolVersion.of(version), r.fixed(length));
    }

    /**
     * The checks of {@link #decode} on a header, made before the fragment arrives; public so a
     * record layer that frames in place (tls-engine) applies the same rules without a copy.
     */
    public static void checkHeader(int type, int version, int length, RecordLimit limit) {
        if (!isDefinedType(type)) {
            throw new TlsAlert(DecodeFailure.UNEXPECTED_CONTENT_TYPE,
                    "record of type " + ContentType.of(type));
        }
        if (version >> 8 != 3) {
            throw new TlsAlert(DecodeFailure.RECORD_VERSION_NOT_TLS,
                    "record with legacy_record_version " + ProtocolVersion.of(version));
        }
        limit.check(length);
        if (length == 0 && type != ContentType.APPLICATION_DATA.code()) {
            throw new TlsAlert(DecodeFailure.EMPTY_RECORD,
                    "zero-length record of type " + ContentType.of(type));
        }
    }

    private static boolean isDefinedType(int type) {
        return type == ContentType.CHANGE_CIPHER_SPEC.code()
                || type == ContentType.ALERT.code()
                || type == ContentType.HANDSHAKE.code()
                || type == ContentType.APPLICATION_DATA.code();
    }
}
