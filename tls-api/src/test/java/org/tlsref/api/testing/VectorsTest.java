package org.tlsref.api.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.codec.Bytes;

/**
 * The loader reads every rfc8448 and recorded vector file, every hex value in them parses, and
 * the files agree with themselves where no codec is needed to tell.
 */
class VectorsTest {

    static Stream<String> files() {
        return Stream.concat(Vectors.list("rfc8448").stream(), Vectors.list("recorded").stream());
    }

    static Stream<String> conversations() {
        return files().filter(f -> !f.endsWith("private-keys.json"));
    }

    @Test
    void listsEveryRfc8448TraceAndTheRecordedConversations() {
        assertEquals(List.of("rfc8448/client-auth.json", "rfc8448/compat-mode.json",
                        "rfc8448/hrr.json", "rfc8448/private-keys.json",
                        "rfc8448/resumed-0rtt.json", "rfc8448/simple-1rtt.json"),
                Vectors.list("rfc8448"));
        List<String> recorded = Vectors.list("recorded");
        assertFalse(recorded.isEmpty());
        for (String name : recorded) {
            assertTrue(name.matches("recorded/(Client|Server)-TLSv1[23]-[A-Za-z0-9-]+\\.json"),
                    "STYLE.md naming: " + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileNamesItsSourceAndKind(String file) {
        JsonNode json = Vectors.json(file);
        for (String member : List.of("source", "description", "kind")) {
            assertTrue(json.path(member).isTextual() && !json.path(member).textValue().isBlank(),
                    file + " lacks " + member);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyHexValueParses(String file) {
        List<JsonNode> hex = new ArrayList<>();
        collectHex(Vectors.json(file), "", hex);
        assertFalse(hex.isEmpty(), file);
        for (JsonNode value : hex) {
            Vectors.hex(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void everyHandshakeHeaderLengthMatchesItsBytes(String file) {
        JsonNode json = Vectors.json(file);
        List<VectorMessage> messages = Vectors.messages(json);
        assertFalse(messages.isEmpty(), file);
        for (VectorMessage m : messages) {
            String where = file + " message " + m.index() + " " + m.label();
            assertTrue(m.bytes().length() >= 4, where);
            assertEquals(m.handshakeType(), m.bytes().get(0), where + ": type byte");
            assertEquals(m.bytes().length() - 4, m.declaredBodyLength(), where + ": header length");
            assertEquals(m.bytes().length(),
                    json.get("messages").get(m.index()).get("length").intValue(), where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void everyMessageSitsInTheRecordThatNamesIt(String file) {
        JsonNode json = Vectors.json(file);
        List<VectorMessage> messages = Vectors.messages(json);
        List<VectorRecord> records = Vectors.records(json);
        for (int i = 0; i < messages.size(); i++) {
            assertEquals(i, messages.get(i).index(), file);
            VectorMessage m = messages.get(i);
            VectorRecord r = records.get(m.record());
            assertTrue(r.messages().contains(i), file + " message " + i);
            assertEquals(r.sender(), m.sender(), file + " message " + i);
            assertEquals(r.isProtected(), m.protectedRecord(), file + " message " + i);
        }
        for (VectorRecord r : records) {
            String where = file + " record " + r.index();
            assertEquals(r.contentType(), r.header().get(0), where);
            assertEquals(r.length(), (r.header().get(3) << 8) | r.header().get(4), where);
            if (r.node().has("hex")) {
                assertEquals(5 + r.length(), Vectors.bytes(r.node().get("hex")).length(), where);
            }
            if (r.node().has("payload_hex") && !r.messages().isEmpty()) {
                Bytes expected = Bytes.EMPTY;
                for (int i : r.messages()) {
                    expected = expected.concat(messages.get(i).bytes());
                }
                assertEquals(expected, Vectors.bytes(r.node().get("payload_hex")), where);
            }
            if (!r.isProtected() && r.contentType() == 22) {
                int sum = r.messages().stream().mapToInt(i -> messages.get(i).bytes().length()).sum();
                assertEquals(r.length(), sum, where + ": plaintext handshake record length");
            }
        }
    }

    @Test
    void hexIsLowerCaseWithoutSeparators() {
        assertArrayEquals(new byte[] {0x0a, (byte) 0xff}, Vectors.hex(TextNode.valueOf("0aff")));
        assertArrayEquals(new byte[0], Vectors.hex(TextNode.valueOf("")));
        for (String bad : List.of("0AFF", "0a ff", "0a:ff", "0af", "zz")) {
            assertThrows(IllegalArgumentException.class, () -> Vectors.hex(TextNode.valueOf(bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Vectors.hex(null));
    }

    @Test
    void aPathOutsideTheRootOrMissingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Vectors.json("../pom.xml"));
        assertThrows(IllegalArgumentException.class, () -> Vectors.json("rfc8448/absent.json"));
    }

    @Test
    void anUnsetRootIsAClearError() {
        String saved = System.getProperty(Vectors.PROPERTY);
        try {
            System.clearProperty(Vectors.PROPERTY);
            IllegalStateException unset = assertThrows(IllegalStateException.class, Vectors::root);
            assertTrue(unset.getMessage().contains(Vectors.PROPERTY), unset.getMessage());
            System.setProperty(Vectors.PROPERTY, saved + "/no-such-folder");
            IllegalStateException missing = assertThrows(IllegalStateException.class, Vectors::root);
            assertTrue(missing.getMessage().contains("no-such-folder"), missing.getMessage());
        } finally {
            System.setProperty(Vectors.PROPERTY, saved);
        }
    }

    @Test
    void theRfc8448ServerHelloIsReadAsTheRfcPrintsIt() {
        // RFC 8448 §3, "construct a ServerHello handshake message": 90 octets, 02 00 00 56 ...
        VectorMessage serverHello = Vectors.messages(Vectors.json("rfc8448/simple-1rtt.json")).get(1);
        assertEquals("ServerHello", serverHello.label());
        assertEquals(Sender.SERVER, serverHello.sender());
        assertEquals(90, serverHello.bytes().length());
        assertEquals(Bytes.fromHex("02000056"), serverHello.bytes().slice(0, 4));
        assertEquals(0x1301, serverHello.fields().get("cipher_suite").intValue());
    }

    /**
     * The hex values of the schema (vectors/README.md): members named {@code hex} or ending in
     * {@code _hex}, the values of {@code inputs} and {@code secrets}, and every string inside
     * {@code fields} except host names.
     */
    private static void collectHex(JsonNode node, String name, List<JsonNode> out) {
        if (node.isObject()) {
            boolean allHex = name.equals("inputs") || name.equals("secrets");
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                if (allHex) {
                    out.add(member.getValue());
                } else if (name.equals("fields")) {
                    collectFieldStrings(member.getKey(), member.getValue(), out);
                } else {
                    collectHex(member.getValue(), member.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectHex(element, name, out);
            }
        } else if (node.isTextual() && (name.equals("hex") || name.endsWith("_hex"))) {
            out.add(node);
        }
    }

    private static void collectFieldStrings(String key, JsonNode value, List<JsonNode> out) {
        if (key.equals("server_name")) {
            return;
        }
        if (value.isTextual()) {
            out.add(value);
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                collectFieldStrings(key, element, out);
            }
        }
    }
}
