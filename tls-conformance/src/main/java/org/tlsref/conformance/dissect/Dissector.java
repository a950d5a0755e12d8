package org.tlsref.conformance.dissect;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SupportedVersionsServerHello;
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
import org.tlsref.api.record.TlsRecord;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.ProtocolVersion;

/**
 * Decodes records or handshake messages as a receiving endpoint would, field by field, and stops
 * at the first byte an endpoint would reject, naming the alert it would send.
 *
 * <p>The decoding context follows the conversation: a ServerHello that selects TLS 1.3 (RFC 8446
 * §4.2.1) switches to the TLS 1.3 forms and to protected records; otherwise the ServerHello's
 * cipher suite picks the TLS 1.2 key exchange. A context given by the user is kept throughout.
 */
public final class Dissector {
    /** What the input holds. */
    public enum Input {
        /** Guess: TLS records when the first bytes look like a record header. */
        AUTO,
        /** TLSPlaintext/TLSCiphertext records (RFC 8446 §5.1). */
        RECORDS,
        /** Handshake messages back to back (RFC 8446 §4). */
        HANDSHAKE
    }

    private final List<Node> nodes = new ArrayList<>();
    private final boolean followConversation;
    private DecodeContext context;
    private RecordLimit limit = RecordLimit.PLAINTEXT;
    private Optional<ClientHello> offered = Optional.empty();
    private int messageIndex;

    private Dissector(DecodeContext context, boolean followConversation) {
        this.context = context;
        this.followConversation = followConversation;
    }

    /** Dissects {@code input}, following the conversation to pick each message's form. */
    public static Dissection dissect(Bytes input, Input kind) {
        return new Dissector(DecodeContext.TLS13, true).run(input, kind);
    }

    /** Dissects {@code input} with every message in the forms of {@code context}. */
    public static Dissection dissect(Bytes input, Input kind, DecodeContext context) {
        return new Dissector(context, false).run(input, kind);
    }

    private Dissection run(Bytes input, Input kind) {
        try {
            if (resolve(input, kind) == Input.RECORDS) {
                records(input);
            } else {
                messages(input);
            }
            return new Dissection(nodes, new Verdict.Accepted());
        } catch (TlsAlert alert) {
            nodes.add(Node.leaf("alert", "an endpoint would send fatal " + alert.description()
                    + ": " + alert.getMessage()));
            return new Dissection(nodes, new Verdict.Rejected(alert));
        }
    }

    /** A record starts with a known content type and a 0x03 major version (RFC 8446 §5.1). */
    static Input resolve(Bytes input, Input kind) {
        if (kind != Input.AUTO) {
            return kind;
        }
        boolean recordLike = input.length() >= 3 && input.get(0) >= 20 && input.get(0) <= 23
                && input.get(1) == 3;
        return recordLike ? Input.RECORDS : Input.HANDSHAKE;
    }

    private void records(Bytes input) {
        RecordReader reader = new RecordReader();
        HandshakeReassembler reassembler = new HandshakeReassembler();
        ByteBuffer in = ByteBuffer.wrap(input.toByteArray());
        int index = 0;
        while (in.hasRemaining()) {
            Optional<TlsRecord> next = reader.read(in, limit);
            if (next.isEmpty()) {
                throw new TlsAlert(org.tlsref.api.DecodeFailure.TRUNCATED,
                        "input ends inside a record: " + reader.buffered() + " byte(s) buffered");
            }
            TlsRecord record = next.get();
            String header = record.type() + " " + record.legacyRecordVersion() + ", "
                    + record.fragment().length() + " bytes";
            List<Node> inside = new ArrayList<>();
            String name = "record[" + index++ + "]";
            try {
                recordContent(record, reassembler, inside);
            } finally {
                nodes.add(Node.branch(name, header, inside));
            }
        }
        reassembler.requireBoundaryForKeyChange();
    }

    private void recordContent(TlsRecord record, HandshakeReassembler reassembler, List<Node> out) {
        reassembler.requireBoundaryForRecord(record.type());
        ContentType type = record.type();
        if (type.equals(ContentType.HANDSHAKE) && limit == RecordLimit.PLAINTEXT) {
            reassembler.add(record.fragment());
            for (Optional<HandshakeFrame> f = reassembler.next(); f.isPresent(); f = reassembler.next()) {
                out.add(message(f.get().encoding()));
            }
        } else if (type.equals(ContentType.ALERT) && limit == RecordLimit.PLAINTEXT) {
            out.add(Describer.describe("alert", Alert.decodeRecord(record.fragment())));
        } else if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
            out.add(Describer.describe("change_cipher_spec",
                    ChangeCipherSpec.decodeRecord(record.fragment())));
            if (context != DecodeContext.TLS13) {
                limit = RecordLimit.TLS12_CIPHERTEXT;
            }
        } else {
            out.add(Node.leaf("protected", record.fragment().length()
                    + " bytes of ciphertext (keys needed to read further)"));
        }
    }

    private void messages(Bytes input) {
        int offset = 0;
        while (offset < input.length()) {
            if (input.length() - offset < HandshakeFrame.HEADER_LENGTH) {
                throw new TlsAlert(org.tlsref.api.DecodeFailure.TRUNCATED,
                        "handshake header needs 4 bytes at offset " + offset);
            }
            int length = input.get(offset + 1) << 16 | input.get(offset + 2) << 8 | input.get(offset + 3);
            int end = Math.min(input.length(), offset + HandshakeFrame.HEADER_LENGTH + length);
            nodes.add(message(input.slice(offset, end)));
            offset = end;
        }
    }

    private Node message(Bytes encoding) {
        HandshakeMessage message = HandshakeDecoder.decode(encoding, context);
        checkExtensions(message);
        Node node = Describer.describe("handshake[" + messageIndex++ + "]", message);
        follow(message);
        return Node.branch(node.name(), node.value() + " (" + message.type() + ", "
                + encoding.length() + " bytes, " + context + " forms)", node.children());
    }

    /** RFC 8446 §4.2: the extensions table, and responses only to what the client offered. */
    private void checkExtensions(HandshakeMessage message) {
        if (message instanceof ClientHello hello) {
            ExtensionTable.validate(ExtensionContext.CLIENT_HELLO, hello.extensions());
            offered = Optional.of(hello);
        } else if (message instanceof ServerHello hello) {
            boolean tls13 = hello.extensions().find(SupportedVersionsServerHello.class).isPresent();
            if (tls13) {
                ExtensionTable.validate(ExtensionContext.SERVER_HELLO, hello.extensions());
            } else {
                ExtensionTable.validateTls12ServerHello(hello.extensions());
            }
            response(ExtensionContext.SERVER_HELLO, hello.extensions());
        } else if (message instanceof HelloRetryRequest retry) {
            ExtensionTable.validate(ExtensionContext.HELLO_RETRY_REQUEST, retry.extensions());
            response(ExtensionContext.HELLO_RETRY_REQUEST, retry.extensions());
        } else if (message instanceof EncryptedExtensions ee) {
            ExtensionTable.validate(ExtensionContext.ENCRYPTED_EXTENSIONS, ee.extensions());
            response(ExtensionContext.ENCRYPTED_EXTENSIONS, ee.extensions());
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

    private void response(ExtensionContext where, Extensions response) {
        offered.ifPresent(hello -> ExtensionTable.validateResponse(hello.extensions(), where, response));
    }

    /** After a ServerHello the version, and so the forms and the record protection, are known. */
    private void follow(HandshakeMessage message) {
        if (!followConversation || !(message instanceof ServerHello hello)) {
            return;
        }
        Optional<SupportedVersionsServerHello> selected =
                hello.extensions().find(SupportedVersionsServerHello.class);
        if (selected.isPresent() && selected.get().selectedVersion().equals(ProtocolVersion.TLS_1_3)) {
            context = DecodeContext.TLS13;
            limit = RecordLimit.TLS13_CIPHERTEXT;
        } else {
            String suite = hello.cipherSuite().name().orElse("");
            context = suite.startsWith("TLS_RSA_") ? DecodeContext.TLS12_RSA : DecodeContext.TLS12_ECDHE;
        }
    }
}
