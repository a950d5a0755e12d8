package org.tlsref.api.message;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.ClientCertificateType;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;

/**
 * jqwik generators for every handshake message form, within the RFC bounds so that a strict
 * writer encodes them. Extensions are {@link UnknownExtension}s of GREASE (RFC 8701) or
 * unregistered types, which stay unknown whatever extension forms the library speaks, so the
 * messages round-trip byte for byte. Sizes are kept small so that properties run fast.
 */
public final class MessageArbitraries {
    private MessageArbitraries() {
    }

    /** Every message form, message_hash included. */
    public static Arbitrary<HandshakeMessage> all() {
        return Arbitraries.oneOf(List.of(tls13(), tls12Ecdhe(), tls12Rsa(), messageHash()));
    }

    /** The forms {@link HandshakeDecoder} produces in {@code context}. */
    public static Arbitrary<HandshakeMessage> in(DecodeContext context) {
        return switch (context) {
            case TLS13 -> tls13();
            case TLS12_ECDHE -> tls12Ecdhe();
            case TLS12_RSA -> tls12Rsa();
        };
    }

    /** The forms decoded in {@link DecodeContext#TLS13}. */
    public static Arbitrary<HandshakeMessage> tls13() {
        return Arbitraries.oneOf(List.of(clientHello(), serverHello(), helloRetryRequest(),
                encryptedExtensions(), certificateTls13(), certificateRequestTls13(),
                certificateVerify(), finished(), newSessionTicketTls13(), endOfEarlyData(),
                keyUpdate()));
    }

    /** The forms decoded in {@link DecodeContext#TLS12_ECDHE}. */
    public static Arbitrary<HandshakeMessage> tls12Ecdhe() {
        return Arbitraries.oneOf(List.of(helloRequest(), clientHello(), serverHello(),
                newSessionTicketTls12(), certificateTls12(), serverKeyExchangeEcdhe(),
                certificateRequestTls12(), serverHelloDone(), certificateVerify(),
                clientKeyExchangeEcdhe(), finished()));
    }

    /** The forms decoded in {@link DecodeContext#TLS12_RSA}. */
    public static Arbitrary<HandshakeMessage> tls12Rsa() {
        return Arbitraries.oneOf(List.of(helloRequest(), clientHello(), serverHello(),
                newSessionTicketTls12(), certificateTls12(), certificateRequestTls12(),
                serverHelloDone(), certificateVerify(), clientKeyExchangeRsa(), finished()));
    }

    /** ClientHello with its extensions field absent, empty or filled. */
    public static Arbitrary<HandshakeMessage> clientHello() {
        return Combinators.combine(versions(), bytes(32, 32), bytes(0, 32),
                codes16().map(CipherSuite::of).list().ofMinSize(1).ofMaxSize(6),
                codes8().map(CompressionMethod::of).list().ofMinSize(1).ofMaxSize(3),
                extensionBlocks())
                .as(ClientHello::new);
    }

    /** ServerHello with its extensions field absent, empty or filled. */
    public static Arbitrary<HandshakeMessage> serverHello() {
        return Combinators.combine(versions(),
                bytes(32, 32).filter(random -> !random.equals(HelloRetryRequest.RANDOM)),
                bytes(0, 32), codes16().map(CipherSuite::of), codes8().map(CompressionMethod::of),
                extensionBlocks())
                .as(ServerHello::new);
    }

    /** HelloRetryRequest with at least the 6 bytes of extensions it must carry. */
    public static Arbitrary<HandshakeMessage> helloRetryRequest() {
        Arbitrary<Extensions> sixOrMore = extensions(1)
                .filter(e -> TlsWriter.encode(e::encode).length() >= 2 + 6);
        return Combinators.combine(versions(), bytes(0, 32), codes16().map(CipherSuite::of),
                codes8().map(CompressionMethod::of), sixOrMore)
                .as(HelloRetryRequest::new);
    }

    /** EncryptedExtensions. */
    public static Arbitrary<HandshakeMessage> encryptedExtensions() {
        return extensions(0).map(EncryptedExtensions::new);
    }

    /** TLS 1.3 Certificate, possibly without entries. */
    public static Arbitrary<HandshakeMessage> certificateTls13() {
        Arbitrary<CertificateEntry> entry =
                Combinators.combine(bytes(1, 16), extensions(0)).as(CertificateEntry::new);
        return Combinators.combine(bytes(0, 8), entry.list().ofMaxSize(3))
                .as(CertificateTls13::new);
    }

    /** TLS 1.2 Certificate, possibly without certificates. */
    public static Arbitrary<HandshakeMessage> certificateTls12() {
        return bytes(1, 16).list().ofMaxSize(3).map(CertificateTls12::new);
    }

    /** TLS 1.3 CertificateRequest. */
    public static Arbitrary<HandshakeMessage> certificateRequestTls13() {
        return Combinators.combine(bytes(0, 8), extensions(0)).as(CertificateRequestTls13::new);
    }

    /** TLS 1.2 CertificateRequest. */
    public static Arbitrary<HandshakeMessage> certificateRequestTls12() {
        return Combinators.combine(
                codes8().map(ClientCertificateType::of).list().ofMinSize(1).ofMaxSize(4),
                codes16().map(SignatureScheme::of).list().ofMinSize(1).ofMaxSize(5),
                bytes(1, 10).list().ofMaxSize(3))
                .as(CertificateRequestTls12::new);
    }

    /** CertificateVerify (both versions). */
    public static Arbitrary<HandshakeMessage> certificateVerify() {
        return Combinators.combine(codes16().map(SignatureScheme::of), bytes(0, 24))
                .as(CertificateVerify::new);
    }

    /** Finished (both versions), verify_data of any small length. */
    public static Arbitrary<HandshakeMessage> finished() {
        return bytes(0, 64).map(Finished::new);
    }

    /** TLS 1.3 NewSessionTicket. */
    public static Arbitrary<HandshakeMessage> newSessionTicketTls13() {
        return Combinators.combine(uint32(), uint32(), bytes(0, 8), bytes(1, 16), extensions(0))
                .as(NewSessionTicketTls13::new);
    }

    /** TLS 1.2 NewSessionTicket, possibly with an empty ticket. */
    public static Arbitrary<HandshakeMessage> newSessionTicketTls12() {
        return Combinators.combine(uint32(), bytes(0, 16)).as(NewSessionTicketTls12::new);
    }

    /** EndOfEarlyData. */
    public static Arbitrary<HandshakeMessage> endOfEarlyData() {
        return Arbitraries.just(new EndOfEarlyData());
    }

    /** KeyUpdate with one of the two legal requests. */
    public static Arbitrary<HandshakeMessage> keyUpdate() {
        return Arbitraries.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED, KeyUpdateRequest.UPDATE_REQUESTED)
                .map(KeyUpdate::new);
    }

    /** ECDHE ServerKeyExchange. */
    public static Arbitrary<HandshakeMessage> serverKeyExchangeEcdhe() {
        Arbitrary<ServerEcdhParams> params = Combinators.combine(
                codes16().map(NamedGroup::of), bytes(1, 16)).as(ServerEcdhParams::new);
        return Combinators.combine(params, codes16().map(SignatureScheme::of), bytes(0, 24))
                .as(ServerKeyExchangeEcdhe::new);
    }

    /** ServerHelloDone. */
    public static Arbitrary<HandshakeMessage> serverHelloDone() {
        return Arbitraries.just(new ServerHelloDone());
    }

    /** RSA ClientKeyExchange. */
    public static Arbitrary<HandshakeMessage> clientKeyExchangeRsa() {
        return bytes(0, 32).map(ClientKeyExchangeRsa::new);
    }

    /** ECDHE ClientKeyExchange. */
    public static Arbitrary<HandshakeMessage> clientKeyExchangeEcdhe() {
        return bytes(1, 16).map(ClientKeyExchangeEcdhe::new);
    }

    /** HelloRequest. */
    public static Arbitrary<HandshakeMessage> helloRequest() {
        return Arbitraries.just(new HelloRequest());
    }

    /** The synthetic message_hash of a SHA-256, SHA-384 or SHA-512 hash. */
    public static Arbitrary<HandshakeMessage> messageHash() {
        return Arbitraries.of(32, 48, 64).flatMap(n -> bytes(n, n)).map(MessageHash::new);
    }

    /** Extension blocks of hellos: absent, or present with zero or more extensions. */
    public static Arbitrary<ExtensionBlock> extensionBlocks() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(ExtensionBlock.ABSENT),
                extensions(0).map(ExtensionBlock::present)));
    }

    /** Blocks of at least {@code minSize} extensions with distinct, unknown types. */
    public static Arbitrary<Extensions> extensions(int minSize) {
        Arbitrary<Extension> extension = Combinators.combine(unknownExtensionTypes(), bytes(0, 8))
                .as(UnknownExtension::new);
        return extension.list().ofMinSize(minSize).ofMaxSize(4)
                .uniqueElements(Extension::type)
                .map(Extensions::new);
    }

    /** Extension types no registry form will claim: GREASE (RFC 8701 §2) or unassigned. */
    public static Arbitrary<ExtensionType> unknownExtensionTypes() {
        Arbitrary<Integer> grease = Arbitraries.integers().between(0, 15).map(n -> n * 0x1010 + 0x0A0A);
        Arbitrary<Integer> unassigned = codes16();
        return Arbitraries.oneOf(List.of(grease, unassigned))
                .map(ExtensionType::of)
                .filter(type -> !type.isKnown());
    }

    /** Opaque bytes with a length in {@code [min, max]}. */
    public static Arbitrary<Bytes> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::of);
    }

    private static Arbitrary<ProtocolVersion> versions() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3),
                codes16().map(ProtocolVersion::of)));
    }

    private static Arbitrary<Integer> codes16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    private static Arbitrary<Integer> codes8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    private static Arbitrary<Long> uint32() {
        return Arbitraries.longs().between(0, 0xFFFFFFFFL);
    }
}
