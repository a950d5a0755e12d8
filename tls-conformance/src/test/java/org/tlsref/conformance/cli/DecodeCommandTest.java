package org.tlsref.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlsref.api.testing.Vectors;

/** {@code tlsref decode}, run as a user runs it, on vectors and on broken input. */
class DecodeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int decode(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "decode";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    private static String vector(String file, int message) {
        return Vectors.path("rfc8448/" + file).toString() + "#" + message;
    }

    @Test
    void annotatesTheRfc8448ClientHelloFieldByField() {
        assertEquals(0, decode("--vector", vector("simple-1rtt.json", 0)));
        String text = out.toString();
        assertTrue(text.startsWith("handshake[0]: ClientHello (client_hello(0x01), 196 bytes"), text);
        assertTrue(text.contains("legacy_version: TLSv1.2(0x0303)"), text);
        assertTrue(text.contains("[0]: TLS_AES_128_GCM_SHA256(0x1301)"), text);
        assertTrue(text.contains("name: 6 bytes 736572766572 \"server\""), text);
        assertTrue(text.contains("key_share(0x0033): KeyShareClientHello"), text);
    }

    @Test
    void selectsAMessageByItsLabel() {
        assertEquals(0, decode("--vector", Vectors.path("rfc8448/hrr.json") + "#ServerHello"));
        assertTrue(out.toString().contains("HelloRetryRequest"), out.toString());
    }

    @Test
    void followsAWholeTraceOfRecordsIntoTls13Protection() throws Exception {
        JsonNode trace = Vectors.json("rfc8448/simple-1rtt.json");
        StringBuilder hex = new StringBuilder();
        trace.get("records").forEach(r -> hex.append(r.get("hex").asText()));
        assertEquals(0, decode(hex.toString()));
        String text = out.toString();
        assertTrue(text.contains("record[0]: handshake(0x16) TLSv1(0x0301), 196 bytes"), text);
        assertTrue(text.contains("ServerHello (server_hello(0x02)"), text);
        assertTrue(text.contains("record[2]: application_data(0x17)"), text);
        assertTrue(text.contains("bytes of ciphertext"), text);
    }

    @Test
    void truncatedInputNamesTheDecodeErrorAnEndpointWouldSend() {
        assertEquals(1, decode("0100000a0303aabb"));
        assertTrue(out.toString().contains("would send fatal decode_error(0x32)"), out.toString());
        assertTrue(out.toString().contains("TRUNCATED"), out.toString());
    }

    @Test
    void aForbiddenExtensionIsIllegalParameter() {
        // EncryptedExtensions carrying key_share (0x0033), which RFC 8446 §4.2 allows only in CH, SH, HRR.
        assertEquals(1, decode("080000080006003300020000"));
        assertTrue(out.toString().contains("illegal_parameter"), out.toString());
    }

    @Test
    void readsHexFilesWithCommentsAndPrintsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.hex");
        Files.writeString(file, "# ServerHelloDone\n0e 00 00 00\n");
        assertEquals(0, decode("--file", file.toString(), "--json", "--context", "TLS12_ECDHE"));
        JsonNode tree = new ObjectMapper().readTree(out.toString());
        assertEquals("ServerHelloDone (server_hello_done(0x0e), 4 bytes, TLS12_ECDHE forms)",
                tree.get(0).get("value").asText());
    }

    @Test
    void notHexIsAUsageError() {
        assertEquals(2, decode("zz"));
        assertTrue(err.toString().contains("not hex"), err.toString());
    }
}
