package org.tlsref.api.message;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * HelloRetryRequest (RFC 8446 §4.1.4): sent as a server_hello with the ServerHello structure,
 * "but with Random set to the special value of the SHA-256 of "HelloRetryRequest""
 * (RFC 8446 §4.1.3). The random is therefore not a component: it is always {@link #RANDOM}.
 * <pre>{@code
 * struct {
 *     ProtocolVersion legacy_version = 0x0303;    // TLS v1.2
 *     Random random;                              // SHA-256("HelloRetryRequest")
 *     opaque legacy_session_id_echo<0..32>;
 *     CipherSuite cipher_suite;
 *     uint8 legacy_compression_method = 0;
 *     Extension extensions<6..2^16-1>;
 * } ServerHello;
 * }</pre>
 * A HelloRetryRequest exists only in TLS 1.3, so the extensions field is always present and its
 * lower bound of 6 bytes is checked here; extensions are decoded in the HRR column of the
 * RFC 8446 §4.2 table.
 */
public record HelloRetryRequest(ProtocolVersion legacyVersion, Bytes legacySessionIdEcho,
        CipherSuite cipherSuite, CompressionMethod legacyCompressionMethod, Extensions extensions)
        implements HandshakeMessage {

    /**
     * RFC 8446 §4.1.3: SHA-256("HelloRetryRequest"),
     * {@code CF 21 AD 74 E5 9A 61 11 BE 1D 8C 02 1E 65 B8 91}
     * {@code C2 A2 11 16 7A BB 8C 5E 07 9E 09 E2 C8 A8 33 9C}.
     */
    public static final Bytes RANDOM = Bytes.fromHex(
            "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

    /** RFC 8446 §4.1.3: {@code Extension extensions<6..2^16-1>}. */
    private static final int MIN_EXTENSIONS_LENGTH = 6;

    /** The random every HelloRetryRequest carries, {@link #RANDOM}. */
    public Bytes random() {
        return RANDOM;
    }

    /**
     * True when a server_hello body carries the HelloRetryRequest random at its place (after the
     * two-byte legacy_version). RFC 8446 §4.1.3: "Upon receiving a message with type
     * server_hello, implementations MUST first examine the Random value".
     */
    public static boolean isHelloRetryRequest(Bytes serverHelloBody) {
        int from = 2;
        return serverHelloBody.length() >= from + HelloRandom.LENGTH
                && serverHelloBody.slice(from, from + HelloRandom.LENGTH).equals(RANDOM);
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.SERVER_HELLO;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u16(legacyVersion.code());
        w.bytes(RANDOM);
        w.opaque8(0, 32, legacySessionIdEcho);
        w.u16(cipherSuite.code());
        w.u8(legacyCompressionMethod.code());
        extensions.encode(w);
    }

    /**
     * Decodes a whole server_hello body whose random is {@link #RANDOM}; any other random is
     * {@link DecodeFailure#NOT_HELLO_RETRY_REQUEST}.
     */
    public static HelloRetryRequest decode(TlsReader body) {
        ProtocolVersion legacyVersion = ProtocolVersion.of(body.u16());
        Bytes random = body.fixed(HelloRandom.LENGTH);
        if (!random.equals(RANDOM)) {
            throw new TlsAlert(DecodeFailure.NOT_HELLO_RETRY_REQUEST, "random " + random);
        }
        Bytes legacySessionIdEcho = body.opaque8(0, 32);
        CipherSuite cipherSuite = CipherSuite.of(body.u16());
        CompressionMethod compressionMethod = CompressionMethod.of(body.u8());
        Extensions extensions = decodeExtensions(body);
        body.expectEnd();
        return new HelloRetryRequest(legacyVersion, legacySessionIdEcho, cipherSuite,
                compressionMethod, extensions);
    }

    private static Extensions decodeExtensions(TlsReader body) {
        // named() copies the reader at its position, so this peeks at the length.
        int length = body.named("HelloRetryRequest extensions length").u16();
        if (length < MIN_EXTENSIONS_LENGTH) {
            throw new TlsAlert(DecodeFailure.LENGTH_OUT_OF_RANGE, "HelloRetryRequest extensions "
                    + "length " + length + " outside <6..2^16-1>");
        }
        return Extensions.decode(body, ExtensionContext.HELLO_RETRY_REQUEST);
    }
}
