package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * One handshake message, TLS 1.3 or TLS 1.2 form (RFC 8446 §4, RFC 5246 §7.4).
 * <pre>{@code
 * struct {
 *     HandshakeType msg_type;    // handshake type
 *     uint24 length;             // remaining bytes in message
 *     select (Handshake.msg_type) {
 *         case client_hello:          ClientHello;
 *         case server_hello:          ServerHello;
 *         ...
 *     };
 * } Handshake;
 * }</pre>
 * Each form is a record with {@link #encodeBody} and a static {@code decode(TlsReader body)} that
 * reads the whole body; {@link HandshakeDecoder} picks the form for a received message.
 */
public sealed interface HandshakeMessage
        permits ClientHello, ServerHello, HelloRetryRequest, EncryptedExtensions,
                CertificateTls13, CertificateTls12,
                CertificateRequestTls13, CertificateRequestTls12,
                CertificateVerify, Finished, NewSessionTicketTls13, NewSessionTicketTls12,
                EndOfEarlyData, KeyUpdate, ServerKeyExchangeEcdhe, ServerHelloDone,
                ClientKeyExchangeRsa, ClientKeyExchangeEcdhe, HelloRequest, MessageHash {

    /** The msg_type this message is sent under. */
    HandshakeType type();

    /** Writes the message body, without the msg_type and length header. */
    void encodeBody(TlsWriter w);

    /** Writes the whole {@code Handshake} struct: msg_type, uint24 length, body (RFC 8446 §4). */
    default void encode(TlsWriter w) {
        w.u8(type().code());
        w.vector24(0, 0xFFFFFF, body -> encodeBody(body));
    }

    /**
     * The whole {@code Handshake} struct as a strict writer produces it: the bytes that are sent
     * and that the transcript hash covers (RFC 8446 §4.4.1).
     */
    default Bytes encode() {
        return TlsWriter.encode(w -> encode(w));
    }

    /** The body alone, as a strict writer produces it. */
    default Bytes encodeBody() {
        return TlsWriter.encode(w -> encodeBody(w));
    }
}
