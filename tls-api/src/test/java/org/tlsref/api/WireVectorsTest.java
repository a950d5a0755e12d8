package org.tlsref.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.message.DecodeContext;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.ChangeCipherSpec;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.testing.Vectors;

/**
 * Every negative wire vector ({@code vectors/wire/*.json}, schema in vectors/README.md "Kind
 * wire") fails to decode with exactly its alert and its {@link DecodeFailure} reason; nothing
 * decodes, and nothing fails any other way.
 */
class WireVectorsTest {
    /**
     * Reasons no bytes can produce through the wire entry points, with why; every other
     * {@link DecodeFailure} must be the reason of at least one case.
     *
     * <ul>
     *   <li>{@code HANDSHAKE_SPANS_KEY_CHANGE}: raised by
     *       {@code HandshakeReassembler.requireBoundaryForKeyChange()}, which the engine calls when
     *       it installs new read keys; when that happens is handshake state, not bytes.
     *   <li>{@code NOT_HELLO_RETRY_REQUEST}: raised only by {@code HelloRetryRequest.decode}
     *       called directly; {@code HandshakeDecoder} sends a server_hello there only when its
     *       random is the HelloRetryRequest value (RFC 8446 §4.1.3), so from the wire it cannot
     *       occur.
     * </ul>
     */
    static final Set<DecodeFailure> NOT_FROM_BYTES = EnumSet.of(
            DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, DecodeFailure.NOT_HELLO_RETRY_REQUEST);

    /** The kinds vectors/README.md defines for wire cases. */
    static final Set<String> KINDS = Set.of("handshake_message", "extension", "extensions",
            "extension_response", "record", "record_stream", "inner_plaintext", "alert",
            "change_cipher_spec");

    /** One case of one wire file. */
    record WireCase(String file, JsonNode json) {
        String name() {
            return json.get("name").textValue();
        }

        String text(String member, String otherwise) {
            JsonNode value = json.get(member);
            return value == null ? otherwise : value.textValue();
        }

        @Override
        public String toString() {
            return file + ": " + name();
        }
    }

    static List<String> files() {
        return Vectors.list("wire");
    }

    static Stream<WireCase> cases() {
        List<WireCase> all = new ArrayList<>();
        for (String file : files()) {
            for (JsonNode c : Vectors.json(file).path("cases")) {
                all.add(new WireCase(file, c));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithItsAlertAndReason(WireCase c) {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> decode(c),
                c + " must fail with " + c.text("reason", "?"));
        assertEquals(c.text("reason", "?"), alert.reason().name(),
                c + ": reason (" + alert.getMessage() + ")");
        assertEquals(c.text("alert", "?"), alert.description().name().orElse("?"),
                c + ": alert (" + alert.getMessage() + ")");
    }

    @Test
    void everyWireFileIsReadAndHasCases() throws IOException {
        List<String> files = files();
        assertFalse(files.isEmpty(), "no vectors/wire/*.json");
        for (String file : files) {
            JsonNode json = Vectors.json(file);
            assertEquals("wire", json.path("kind").textValue(), file + ": kind");
            for (String member : List.of("source", "description")) {
                assertTrue(json.path(member).isTextual()
                        && !json.path(member).textValue().isBlank(), file + " lacks " + member);
            }
            assertTrue(json.path("cases").isArray() && json.path("cases").size() >= 1,
                    file + " has no case");
        }
        // Nothing in the folder escapes the .json listing (a misnamed file would be ignored).
        try (Stream<Path> entries = Files.list(Vectors.path("wire"))) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                assertTrue(name.endsWith(".json") || name.equals("make.py"),
                        "vectors/wire/" + name + " is neither a vector file nor make.py");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyCaseIsWellFormed(String file) {
        Set<String> names = new HashSet<>();
        for (JsonNode c : Vectors.json(file).path("cases")) {
            String name = c.path("name").textValue();
            assertTrue(name != null && name.matches("[a-z0-9]+(-[a-z0-9]+)*"),
                    file + ": name " + name + " is not kebab-case");
            assertTrue(names.add(name), file + ": duplicate case " + name);
            assertTrue(KINDS.contains(c.path("kind").textValue()), file + ": " + name + " kind");
            assertTrue(Set.of("tls13", "tls12").contains(c.path("dialect").textValue()),
                    file + ": " + name + " dialect");
            Vectors.hex(c.get("hex"));
            assertFalse(c.path("why").textValue().isBlank(), file + ": " + name + " why");
            DecodeFailure reason = DecodeFailure.valueOf(c.path("reason").textValue());
            assertEquals(reason.description().name().orElseThrow(), c.path("alert").textValue(),
                    file + ": " + name + ": alert and reason disagree");
        }
    }

    @Test
    void everyReasonFromTheWireHasACase() {
        Set<String> seen = new TreeSet<>();
        cases().forEach(c -> seen.add(c.text("reason", "?")));
        Set<String> missing = new TreeSet<>();
        for (DecodeFailure reason : DecodeFailure.values()) {
            if (NOT_FROM_BYTES.contains(reason)) {
                assertFalse(seen.contains(reason.name()),
                        reason + " is listed as unreachable from bytes but a case has it");
            } else if (!seen.contains(reason.name())) {
                missing.add(reason.name());
            }
        }
        assertTrue(missing.isEmpty(), "no wire case for " + missing);
    }

    /** Runs the entry point the case's kind names (vectors/README.md, "Kind wire"). */
    private static void decode(WireCase c) {
        Bytes bytes = Vectors.bytes(c.json().get("hex"));
        String dialect = c.text("dialect", "tls13");
        DecodeContext context = WireDecoding.decodeContext(dialect, c.text("key_exchange", "ecdhe"));
        switch (c.text("kind", "")) {
            case "handshake_message" -> {
                HandshakeMessage message = WireDecoding.handshakeMessage(bytes, context);
                if (c.json().has("offered")) {
                    WireDecoding.validateResponses(message, offered(c));
                }
            }
            case "extension" -> WireDecoding.extensionBlock(
                    Bytes.ofUnsigned(bytes.length() >> 8, bytes.length() & 0xFF).concat(bytes),
                    WireDecoding.extensionContext(c.text("context", "")), dialect.equals("tls12"));
            case "extensions" -> WireDecoding.extensionBlock(bytes,
                    WireDecoding.extensionContext(c.text("context", "")), dialect.equals("tls12"));
            case "extension_response" -> {
                ExtensionContext where = WireDecoding.extensionContext(c.text("context", ""));
                Extensions response =
                        WireDecoding.extensionBlock(bytes, where, dialect.equals("tls12"));
                ExtensionTable.validateResponse(offered(c), where, response);
            }
            case "record" -> WireDecoding.record(bytes, limit(c, dialect), context);
            case "record_stream" -> WireDecoding.recordStream(bytes, limit(c, dialect), context,
                    bytes.length() + 1);
            case "inner_plaintext" -> WireDecoding.innerPlaintext(bytes,
                    c.json().has("limit") ? c.json().get("limit").intValue()
                            : TlsInnerPlaintext.MAX_LENGTH);
            case "alert" -> Alert.decodeRecord(bytes);
            case "change_cipher_spec" -> ChangeCipherSpec.decodeRecord(bytes);
            default -> fail(c + ": unknown kind " + c.text("kind", ""));
        }
    }

    private static RecordLimit limit(WireCase c, String dialect) {
        return switch (c.text("context", "plaintext")) {
            case "plaintext" -> RecordLimit.PLAINTEXT;
            case "ciphertext" -> dialect.equals("tls13")
                    ? RecordLimit.TLS13_CIPHERTEXT : RecordLimit.TLS12_CIPHERTEXT;
            default -> throw new IllegalArgumentException(c + ": record context");
        };
    }

    /** The extensions a case says the peer offered, as an extension block of their types. */
    private static Extensions offered(WireCase c) {
        JsonNode codes = c.json().get("offered");
        if (codes == null || !codes.isArray()) {
            throw new IllegalArgumentException(c + ": needs \"offered\", a list of codes");
        }
        List<Extension> list = new ArrayList<>();
        for (JsonNode code : codes) {
            list.add(new UnknownExtension(ExtensionType.of(code.intValue()), Bytes.EMPTY));
        }
        return new Extensions(list);
    }
}
