package org.tlsref.api.message;

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
 * ServerHello, one form for both versions: a client reads it before it knows which version the
 * server chose, which supported_versions inside it says (RFC 8446 §4.1.3, RFC 5246 §7.4.1.3).
 * <pre>{@code
 * struct {
 *     ProtocolVersion legacy_version = 0x0303;    // TLS v1.2
 *     Random random;
 *     opaque legacy_session_id_echo<0..32>;
 *     CipherSuite cipher_suite;
 *     uint8 legacy_compression_method = 0;
 *     Extension extensions<6..2^16-1>;
 * } ServerHello;
 * }</pre>
 * In TLS 1.2 the same fields are server_version, session_id and compression_method, and the
 * extensions field may be absent ({@link ExtensionBlock#ABSENT}). The TLS 1.3 lower bound and
 * values (legacy_version 0x0303, compression 0) are the engine's to check once it knows the
 * version. A server_hello carrying the HelloRetryRequest random is a {@link HelloRetryRequest}:
 * {@link HandshakeDecoder} examines the random first, as RFC 8446 §4.1.3 requires.
 */
public record ServerHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionIdEcho,
        CipherSuite cipherSuite, CompressionMethod legacyCompressionMethod,
        ExtensionBlock extensionBlock) implements HandshakeMessage {

    /** The random must be 32 bytes, as {@code opaque Random[32]} is. */
    public ServerHello {
        HelloRandom.check(random);
    }

    /** A ServerHello whose extensions field is present and holds {@code extensions}. */
    public ServerHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionIdEcho,
            CipherSuite cipherSuite, CompressionMethod legacyCompressionMethod,
            Extensions extensions) {
        this(legacyVersion, random, legacySessionIdEcho, cipherSuite, legacyCompressionMethod,
                ExtensionBlock.present(extensions));
    }

    /** The extensions, {@link Extensions#EMPTY} when the field is absent. */
    public Extensions extensions() {
        return extensionBlock.extensions();
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.SERVER_HELLO;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u16(legacyVersion.code());
        w.bytes(random);
        w.opaque8(0, 32, legacySessionIdEcho);
        w.u16(cipherSuite.code());
        w.u8(legacyCompressionMethod.code());
        extensionBlock.encode(w);
    }

    /**
     * Decodes a whole ServerHello body, whatever its random; callers that may receive a
     * HelloRetryRequest go through {@link HandshakeDecoder}. Extensions are decoded in the SH
     * column of RFC 8446 §4.2 (which also holds every TLS 1.2 ServerHello extension).
     */
    public static ServerHello decode(TlsReader body) {
        ProtocolVersion legacyVersion = ProtocolVersion.of(body.u16());
        Bytes random = body.fixed(HelloRandom.LENGTH);
        Bytes legacySessionIdEcho = body.opaque8(0, 32);
        CipherSuite cipherSuite = CipherSuite.of(body.u16());
        CompressionMethod compressionMethod = CompressionMethod.of(body.u8());
        ExtensionBlock extensions = ExtensionBlock.decode(body, ExtensionContext.SERVER_HELLO);
        body.expectEnd();
        return new ServerHello(legacyVersion, random, legacySessionIdEcho, cipherSuite,
                compressionMethod, extensions);
    }
}
