package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.testing.Sender;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.VectorRecord;
import org.tlsref.api.testing.Vectors;

/**
 * Every record of the RFC 8448 traces and of the recorded OpenSSL conversations: its header
 * decodes within the limits of RFC 8446 §5.1/§5.2, a whole record re-encodes byte for byte, and
 * the handshake bytes the records carry, per sender, reassemble into exactly the messages the
 * vectors list, coalesced or not.
 */
class VectorRecordsTest {
    @TestFactory
    Stream<DynamicTest> everyVectorRecordFramesAndReassembles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("rfc8448", "recorded")) {
            for (String file : Vectors.list(folder)) {
                JsonNode json = Vectors.json(file);
                if (json.has("records")) {
                    tests.add(DynamicTest.dynamicTest(file, () -> check(json)));
                }
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void check(JsonNode json) {
        List<VectorMessage> messages = Vectors.messages(json);
        Map<Sender, HandshakeReassembler> reassemblers = new EnumMap<>(Sender.class);
        Map<Sender, List<Bytes>> seen = new EnumMap<>(Sender.class);
        for (VectorRecord record : Vectors.records(json)) {
            checkHeader(record);
            Optional<Bytes> handshake = handshakeContent(record);
            if (handshake.isEmpty()) {
                continue;
            }
            HandshakeReassembler r = reassemblers.computeIfAbsent(record.sender(),
                    s -> new HandshakeReassembler());
            r.add(handshake.get());
            List<Bytes> out = seen.computeIfAbsent(record.sender(), s -> new ArrayList<>());
            for (Optional<HandshakeFrame> f = r.next(); f.isPresent(); f = r.next()) {
                out.add(f.get().encoding());
            }
            List<Bytes> expected = new ArrayList<>();
            for (VectorMessage m : messages) {
                if (m.sender() == record.sender() && m.record() <= record.index()) {
                    expected.add(m.bytes());
                }
            }
            assertEquals(expected, out, "messages through record " + record.index());
        }
        reassemblers.values().forEach(r -> assertTrue(r.isAtRecordBoundary()));
    }

    private static void checkHeader(VectorRecord record) {
        RecordLimit limit = record.isProtected() ? RecordLimit.TLS13_CIPHERTEXT : RecordLimit.PLAINTEXT;
        JsonNode whole = record.node().get("hex");
        if (whole != null) {
            Bytes bytes = Vectors.bytes(whole);
            TlsReader reader = TlsReader.of(bytes);
            TlsRecord decoded = TlsRecord.decode(reader, limit);
            reader.expectEnd();
            assertEquals(bytes, decoded.toBytes(), "record " + record.index() + " re-encoding");
            assertEquals(record.contentType(), decoded.type().code());
            assertEquals(record.legacyRecordVersion(), decoded.legacyRecordVersion().code());
            assertEquals(record.length(), decoded.fragment().length());
        } else {
            assertEquals(record.length() + TlsRecord.HEADER_LENGTH,
                    record.header().length() + record.length());
            assertEquals(record.contentType(), record.header().get(0));
        }
    }

    /** The handshake bytes a record carries: its fragment, or the plaintext of a protected one. */
    private static Optional<Bytes> handshakeContent(VectorRecord record) {
        JsonNode n = record.node();
        boolean handshake = n.path("content").asText().equals("handshake")
                || record.contentType() == ContentType.HANDSHAKE.code();
        if (!handshake) {
            return Optional.empty();
        }
        for (String member : List.of("payload_hex", "plaintext_hex")) {
            if (n.has(member)) {
                return Optional.of(Vectors.bytes(n.get(member)));
            }
        }
        return Optional.empty();
    }
}
