package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.ExtensionTable;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.Vectors;

/**
 * Every handshake message of every RFC 8448 trace (vectors/rfc8448) and of every recorded TLS 1.2
 * conversation with OpenSSL (vectors/recorded) decodes, shows the fields the independent oracle
 * found, passes the RFC 8446 §4.2 extension table, and re-encodes byte for byte.
 */
class VectorMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> rfc8448MessagesDecodeAndReencodeByteForByte() {
        return tests("rfc8448");
    }

    @TestFactory
    Stream<DynamicTest> recordedTls12MessagesDecodeAndReencodeByteForByte() {
        return tests("recorded");
    }

    private static Stream<DynamicTest> tests(String folder) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : Vectors.list(folder)) {
            JsonNode json = Vectors.json(file);
            if (!json.has("messages")) {
                continue;
            }
            DecodeContext context = context(json);
            for (VectorMessage m : Vectors.messages(json)) {
                tests.add(DynamicTest.dynamicTest(file + " #" + m.index() + " " + m.label(),
                        () -> check(m, context)));
            }
        }
        assertFalse(tests.isEmpty(), "no messages under vectors/" + folder);
        return tests.stream();
    }

    private static DecodeContext context(JsonNode file) {
        if (file.path("dialect").asText().equals("tls13")) {
            return DecodeContext.TLS13;
        }
        return file.path("key_exchange").asText().equals("rsa")
                ? DecodeContext.TLS12_RSA : DecodeContext.TLS12_ECDHE;
    }

    private static void check(VectorMessage vector, DecodeContext context) {
        HandshakeMessage decoded = HandshakeDecoder.decode(vector.bytes(), context);
        assertEquals(vector.handshakeType(), decoded.type().code(), "handshake type");
        assertEquals(vector.bytes(), decoded.encode(), "re-encoding differs");
        assertFieldsMatch(vector.fields(), OracleFields.of(decoded));
        validateExtensions(decoded, context);
    }

    private static void assertFieldsMatch(JsonNode expected, Map<String, Object> actual) {
        JsonNode actualJson = JSON.valueToTree(actual);
        Iterator<String> names = expected.fieldNames();
        int compared = 0;
        while (names.hasNext()) {
            String name = names.next();
            assertTrue(actualJson.has(name), "decoded message has no field " + name);
            assertEquals(expected.get(name).toString(), actualJson.get(name).toString(), name);
            compared++;
        }
        assertEquals(expected.size(), compared);
    }

    private static void validateExtensions(HandshakeMessage m, DecodeContext context) {
        if (m instanceof ClientHello ch) {
            ExtensionTable.validate(ExtensionContext.CLIENT_HELLO, ch.extensions());
        } else if (m instanceof ServerHello sh && context != DecodeContext.TLS13) {
            ExtensionTable.validateTls12ServerHello(sh.extensions());
        } else if (m instanceof ServerHello sh) {
            ExtensionTable.validate(ExtensionContext.SERVER_HELLO, sh.extensions());
        } else if (m instanceof HelloRetryRequest hrr) {
            ExtensionTable.validate(ExtensionContext.HELLO_RETRY_REQUEST, hrr.extensions());
        } else if (m instanceof EncryptedExtensions ee) {
            ExtensionTable.validate(ExtensionContext.ENCRYPTED_EXTENSIONS, ee.extensions());
        } else if (m instanceof CertificateRequestTls13 cr) {
            ExtensionTable.validate(ExtensionContext.CERTIFICATE_REQUEST, cr.extensions());
        } else if (m instanceof NewSessionTicketTls13 nst) {
            ExtensionTable.validate(ExtensionContext.NEW_SESSION_TICKET, nst.extensions());
        }
    }
}
