package org.tlsref.api.record;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * One complete handshake message as its exact bytes, header included (RFC 8446 §4): what the
 * transcript hashes (RFC 8446 §4.4.1) and what the message codecs decode the body of. The record
 * layer frames; it never interprets the body.
 * <pre>
 * struct {
 *     HandshakeType msg_type;    /* handshake type *&#47;
 *     uint24 length;             /* remaining bytes in message *&#47;
 *     select (Handshake.msg_type) { ... };
 * } Handshake;
 * </pre>
 *
 * @param msgType the message's type, known or not
 * @param encoding msg_type, length and body, exactly as received or sent
 */
public record HandshakeFrame(HandshakeType msgType, Bytes encoding) {
    /** Bytes in the message header: msg_type and the uint24 length. */
    public static final int HEADER_LENGTH = 4;

    /** The largest body the uint24 length can describe. */
    public static final int MAX_BODY_LENGTH = 0xFFFFFF;

    /** Checks that the encoding is a header for {@code msgType} and the body it announces. */
    public HandshakeFrame {
        if (encoding.length() < HEADER_LENGTH || encoding.get(0) != msgType.code()
                || bodyLength(encoding) != encoding.length() - HEADER_LENGTH) {
            throw new IllegalArgumentException("not a " + msgType + " handshake encoding: " + encoding);
        }
    }

    /**
     * The frame for {@code body} sent as {@code msgType}.
     *
     * @throws IllegalArgumentException when the body is longer than the uint24 length allows
     */
    public static HandshakeFrame of(HandshakeType msgType, Bytes body) {
        return new HandshakeFrame(msgType, TlsWriter.encode(
                w -> w.u8(msgType.code()).opaque24(0, MAX_BODY_LENGTH, body)));
    }

    /** The length field: bytes after the header. */
    public int bodyLength() {
        return encoding.length() - HEADER_LENGTH;
    }

    /** A copy of the body, the bytes after the header. */
    public Bytes body() {
        return encoding.slice(HEADER_LENGTH, encoding.length());
    }

    /** A reader over the body, without copying it, for the message codecs. */
    public TlsReader bodyReader() {
        TlsReader r = encoding.reader().named(msgType.toString());
        r.u8();
        return r.sub(r.u24());
    }

    private static int bodyLength(Bytes encoding) {
        return encoding.get(1) << 16 | encoding.get(2) << 8 | encoding.get(3);
    }
}
