package org.tlsref.api;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.CertificateEntry;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.DecodeContext;
import org.tlsref.api.message.EncryptedExtensions;
import org.tlsref.api.message.HandshakeDecoder;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.ChangeCipherSpec;
import org.tlsref.api.record.HandshakeFrame;
import org.tlsref.api.record.HandshakeReassembler;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.RecordReader;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;

/**
 * What a receiver does with bytes from the wire, using tls-api's entry points only: the mapping of
 * the {@code kind} of a wire vector to the decoders (vectors/README.md, "Kind wire"), shared by
 * {@link WireVectorsTest} and {@link VectorMutationPropertiesTest}.
 *
 * <p>Every method returns what it decoded or throws; a {@link TlsAlert} is the only exception the
 * decoders may throw for any input.
 */
final class WireDecoding {
    private WireDecoding() {
    }

    /** The dialect of a vector ("tls13", "tls12") with its key exchange ("ecdhe", "rsa"). */
    static DecodeContext decodeContext(String dialect, String keyExchange) {
        if (dialect.equals("tls13")) {
            return DecodeContext.TLS13;
        }
        if (!dialect.equals("tls12")) {
            throw new IllegalArgumentException("dialect is tls13 or tls12, not " + dialect);
        }
        return switch (keyExchange) {
            case "ecdhe" -> DecodeContext.TLS12_ECDHE;
            case "rsa" -> DecodeContext.TLS12_RSA;
            default -> throw new IllegalArgumentException("key_exchange " + keyExchange);
        };
    }

    /** The RFC 8446 §4.2 column abbreviation ("CH", "EE", ...) as an {@link ExtensionContext}. */
    static ExtensionContext extensionContext(String abbreviation) {
        for (ExtensionContext context : ExtensionContext.values()) {
            if (context.abbreviation().equals(abbreviation)) {
                return context;
            }
        }
        throw new IllegalArgumentException("no extension context " + abbreviation);
    }

    /** A handshake message received whole: decoded, then each extension block checked. */
    static HandshakeMessage handshakeMessage(Bytes message, DecodeContext context) {
        HandshakeMessage decoded = HandshakeDecoder.decode(message, context);
        validateBlocks(decoded, context);
        return decoded;
    }

    /**
     * Checks each extension block of a decoded message against the RFC 8446 §4.2 table: the
     * TLS 1.2 ServerHello against its own column, every other block in its message's column.
     */
    static void validateBlocks(HandshakeMessage message, DecodeContext context) {
        if (message instanceof ClientHello hello) {
            ExtensionTable.validate(ExtensionContext.CLIENT_HELLO, hello.extensions());
        } else if (message instanceof ServerHello hello) {
            if (context == DecodeContext.TLS13) {
                ExtensionTable.validate(ExtensionContext.SERVER_HELLO, hello.extensions());
            } else {
                ExtensionTable.validateTls12ServerHello(hello.extensions());
            }
        } else if (message instanceof HelloRetryRequest retry) {
            ExtensionTable.validate(ExtensionContext.HELLO_RETRY_REQUEST, retry.extensions());
        } else if (message instanceof EncryptedExtensions ee) {
            ExtensionTable.validate(ExtensionContext.ENCRYPTED_EXTENSIONS, ee.extensions());
        } else if (message instanceof CertificateRequestTls13 request) {
            ExtensionTable.validate(ExtensionContext.CERTIFICATE_REQUEST, request.extensions());
        } else if (message instanceof CertificateTls13 certificate) {
            for (CertificateEntry entry : certificate.certificateList()) {
                ExtensionTable.validate(ExtensionContext.CERTIFICATE, entry.extensions());
            }
        } else if (message instanceof NewSessionTicketTls13 ticket) {
            ExtensionTable.validate(ExtensionContext.NEW_SESSION_TICKET, ticket.extensions());
        }
    }

    /** Checks the response blocks of a message against the extensions the peer offered. */
    static void validateResponses(HandshakeMessage message, Extensions offered) {
        if (message instanceof ServerHello hello) {
            ExtensionTable.validateResponse(offered, ExtensionContext.SERVER_HELLO,
                    hello.extensions());
        } else if (message instanceof HelloRetryRequest retry) {
            ExtensionTable.validateResponse(offered, ExtensionContext.HELLO_RETRY_REQUEST,
                    retry.extensions());
        } else if (message instanceof EncryptedExtensions ee) {
            ExtensionTable.validateResponse(offered, ExtensionContext.ENCRYPTED_EXTENSIONS,
                    ee.extensions());
        } else if (message instanceof CertificateTls13 certificate) {
            for (CertificateEntry entry : certificate.certificateList()) {
                ExtensionTable.validateResponse(offered, ExtensionContext.CERTIFICATE,
                        entry.extensions());
            }
        } else {
            throw new IllegalArgumentException(message.type() + " carries no response block");
        }
    }

    /**
     * An extension block (with its length) received in {@code context}: decoded to its end, then
     * placed against the table (the TLS 1.2 column for a TLS 1.2 ServerHello).
     */
    static Extensions extensionBlock(Bytes block, ExtensionContext context, boolean tls12) {
        TlsReader r = block.reader().named("extension block");
        Extensions extensions = Extensions.decode(r, context);
        r.expectEnd();
        if (tls12 && context == ExtensionContext.SERVER_HELLO) {
            ExtensionTable.validateTls12ServerHello(extensions);
        } else {
            ExtensionTable.validate(context, extensions);
        }
        return extensions;
    }

    /** One record, whole: header checks, then its fragment by content type. */
    static TlsRecord record(Bytes bytes, RecordLimit limit, DecodeContext context) {
        TlsReader r = bytes.reader().named("record");
        TlsRecord record = TlsRecord.decode(r, limit);
        r.expectEnd();
        new Receiver(limit, context).fragment(record);
        return record;
    }

    /**
     * Records cut out of {@code stream} as the network may deliver it, {@code chunk} bytes at a
     * time, each handled as it completes, handshake messages reassembled across them. Returns the
     * records read; an incomplete record at the end is left pending, as a receiver waits for it.
     */
    static List<TlsRecord> recordStream(Bytes stream, RecordLimit limit, DecodeContext context,
            int chunk) {
        Receiver receiver = new Receiver(limit, context);
        RecordReader reader = new RecordReader();
        List<TlsRecord> records = new ArrayList<>();
        byte[] all = stream.toByteArray();
        int offset = 0;
        int calls = 0;
        while (offset < all.length) {
            ByteBuffer in = ByteBuffer.wrap(all, offset, Math.min(chunk, all.length - offset));
            while (in.hasRemaining()) {
                if (++calls > 2 * all.length + 2) {
                    throw new AssertionError("RecordReader makes no progress");
                }
                int before = in.position();
                Optional<TlsRecord> record = reader.read(in, limit);
                if (record.isPresent()) {
                    records.add(record.get());
                    receiver.fragment(record.get());
                } else if (in.position() == before) {
                    throw new AssertionError("RecordReader returned nothing and consumed nothing");
                }
            }
            offset += Math.min(chunk, all.length - offset);
        }
        return records;
    }

    /** A decrypted TLS 1.3 record: TLSInnerPlaintext, then its content by the real type. */
    static TlsInnerPlaintext innerPlaintext(Bytes plaintext, int maxLength) {
        TlsInnerPlaintext inner = TlsInnerPlaintext.decode(plaintext, maxLength);
        Receiver receiver = new Receiver(RecordLimit.TLS13_CIPHERTEXT, DecodeContext.TLS13);
        receiver.content(inner.type(), inner.content());
        return inner;
    }

    /** What a receiver does with record fragments, one record after another. */
    private static final class Receiver {
        private final RecordLimit limit;
        private final DecodeContext context;
        private final HandshakeReassembler reassembler = new HandshakeReassembler();

        Receiver(RecordLimit limit, DecodeContext context) {
            this.limit = limit;
            this.context = context;
        }

        /** A protected record's fragment is opaque here; a plaintext one is read by type. */
        void fragment(TlsRecord record) {
            if (limit == RecordLimit.PLAINTEXT) {
                content(record.type(), record.fragment());
            }
        }

        void content(ContentType type, Bytes content) {
            if (type.equals(ContentType.HANDSHAKE)) {
                reassembler.add(content);
                for (Optional<HandshakeFrame> frame = reassembler.next(); frame.isPresent();
                        frame = reassembler.next()) {
                    handshakeMessage(frame.get().encoding(), context);
                }
                return;
            }
            reassembler.requireBoundaryForRecord(type);
            if (type.equals(ContentType.ALERT)) {
                Alert.decodeRecord(content);
            } else if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
                ChangeCipherSpec.decodeRecord(content);
            }
        }
    }
}
