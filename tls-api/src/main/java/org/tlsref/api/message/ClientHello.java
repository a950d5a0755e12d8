package org.tlsref.api.message;

import java.util.List;
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
 * ClientHello, one form for both versions: a server reads it before any version is negotiated,
 * and TLS 1.3 kept the TLS 1.2 layout (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2).
 * <pre>{@code
 * struct {
 *     ProtocolVersion legacy_version = 0x0303;    // TLS v1.2
 *     Random random;
 *     opaque legacy_session_id<0..32>;
 *     CipherSuite cipher_suites<2..2^16-2>;
 *     opaque legacy_compression_methods<1..2^8-1>;
 *     Extension extensions<7..2^16-1>;
 * } ClientHello;
 * }</pre>
 * A TLS 1.2 ClientHello may omit the extensions field ({@link ExtensionBlock#ABSENT}). The TLS 1.3
 * lower bound on the block (7 bytes in RFC 9846 §4.2.2, 8 in RFC 8446) is left to the engine,
 * which learns the version from supported_versions inside it; so are the legacy_version and
 * compression values. This codec checks structure only.
 */
public record ClientHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionId,
        List<CipherSuite> cipherSuites, List<CompressionMethod> legacyCompressionMethods,
        ExtensionBlock extensionBlock) implements HandshakeMessage {

    /** Copies the lists; the random must be 32 bytes, as {@code opaque Random[32]} is. */
    public ClientHello {
        HelloRandom.check(random);
        cipherSuites = List.copyOf(cipherSuites);
        legacyCompressionMethods = List.copyOf(legacyCompressionMethods);
    }

    /** A ClientHello whose extensions field is present and holds {@code extensions}. */
    public ClientHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionId,
            List<CipherSuite> cipherSuites, List<CompressionMethod> legacyCompressionMethods,
            Extensions extensions) {
        this(legacyVersion, random, legacySessionId, cipherSuites, legacyCompressionMethods,
                ExtensionBlock.present(extensions));
    }

    /** The extensions, {@link Extensions#EMPTY} when the field is absent. */
    public Extensions extensions() {
        return extensionBlock.extensions();
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.CLIENT_HELLO;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u16(legacyVersion.code());
        w.bytes(random);
        w.opaque8(0, 32, legacySessionId);
        CodeLists.encodeU16(w, 2, 0xFFFE, cipherSuites, CipherSuite::code);
        CodeLists.encodeU8(w, 1, 0xFF, legacyCompressionMethods, CompressionMethod::code);
        extensionBlock.encode(w);
    }

    /**
     * Decodes a whole ClientHello body. RFC 8446 §4.1.2: the message "either contains no data
     * after legacy_compression_methods or [...] contains a valid extensions block with no data
     * following. If not, then it MUST abort the handshake with a "decode_error" alert."
     */
    public static ClientHello decode(TlsReader body) {
        ProtocolVersion legacyVersion = ProtocolVersion.of(body.u16());
        Bytes random = body.fixed(HelloRandom.LENGTH);
        Bytes legacySessionId = body.opaque8(0, 32);
        List<CipherSuite> cipherSuites = CodeLists.decodeU16(body, 2, 0xFFFE, CipherSuite::of);
        List<CompressionMethod> compressionMethods =
                CodeLists.decodeU8(body, 1, 0xFF, CompressionMethod::of);
        ExtensionBlock extensions = ExtensionBlock.decode(body, ExtensionContext.CLIENT_HELLO);
        body.expectEnd();
        return new ClientHello(legacyVersion, random, legacySessionId, cipherSuites,
                compressionMethods, extensions);
    }
}
