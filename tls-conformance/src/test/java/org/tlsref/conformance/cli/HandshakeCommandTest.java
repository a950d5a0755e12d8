package org.tlsref.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code tlsref handshake}, run as a user runs it: the trace, the outcome, JSON, key log. */
class HandshakeCommandTest {
    /** The headline of a trace step: number, actor, title. */
    private static final Pattern STEP = Pattern.compile("(?m)^ *(\\d+)\\. (.{17}) (.*?)(  \\[overview (\\d): .*\\])?$");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int handshake(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "handshake";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    /** Every step headline, as "actor title", in order. */
    private List<String> steps() {
        List<String> steps = new ArrayList<>();
        Matcher m = STEP.matcher(out.toString());
        int expected = 1;
        while (m.find()) {
            assertEquals(expected++, Integer.parseInt(m.group(1)), "steps are numbered in order");
            steps.add(m.group(2).trim() + " " + m.group(3));
        }
        return steps;
    }

    @Test
    void printsEveryStepOfTheMutuallyAuthenticatedHandshakeInTheOverviewsWords() {
        assertEquals(0, handshake(), err.toString());
        List<String> steps = steps();
        List<String> messages = steps.stream().filter(s -> s.contains(" -> ")
                && !s.contains("change_cipher_spec")).toList();
        assertEquals(List.of("client -> server ClientHello", "server -> client ServerHello",
                "server -> client EncryptedExtensions", "server -> client CertificateRequest",
                "server -> client Certificate", "server -> client CertificateVerify",
                "server -> client Finished", "client -> server Certificate",
                "client -> server CertificateVerify", "client -> server Finished"), messages);
        for (String verified : List.of("client client verifies the server's certificate: valid",
                "client client verifies the server's CertificateVerify: valid",
                "client client verifies the server's Finished: valid",
                "server server verifies the client's certificate: valid",
                "server server verifies the client's CertificateVerify: valid",
                "server server verifies the client's Finished: valid",
                "client client handshake traffic keys installed for sending (AES-128-GCM)",
                "server client handshake traffic keys installed for receiving (AES-128-GCM)",
                "client server application traffic keys installed for receiving (AES-128-GCM)",
                "client handshake complete", "server handshake complete")) {
            assertTrue(steps.contains(verified), verified + " in\n" + out);
        }
        String text = out.toString();
        for (String overview : List.of("[overview 1: client hello]", "[overview 2: server hello]",
                "[overview 2: client certificate request]",
                "[overview 3: the client verifies the server's digital certificate]",
                "[overview 4: both sides compute the secret key]",
                "[overview 5: the client's certificate and proof with its private key]",
                "[overview 6: the server verifies the client's certificate]",
                "[overview 7: client finished]", "[overview 8: server finished]",
                "[overview 9: messages symmetrically encrypted with the shared secret key]")) {
            assertTrue(text.contains(overview), overview);
        }
        assertTrue(text.contains("cipher suites, in the client's order of preference: "
                + "TLS_AES_128_GCM_SHA256(0x1301), TLS_AES_256_GCM_SHA384(0x1302), "
                + "TLS_CHACHA20_POLY1305_SHA256(0x1303)"), text);
        assertTrue(text.contains("compression methods: null(0x00)"), text);
        assertTrue(Pattern.compile("random: 32 bytes [0-9a-f]{64}").matcher(text).find(), text);
        assertTrue(text.contains("key shares: X25519MLKEM768(0x11ec) 1216 bytes, x25519(0x001d) 32 bytes"), text);
        assertTrue(text.contains("[0]: CN=tlsref Test Root CA,O=tlsref"), "acceptable CA names");
        assertTrue(text.contains("server certificate: CN=server.tlsref.test,O=tlsref"), text);
        assertTrue(text.contains("public key: EC P-256"), text);
        assertTrue(text.contains("path: server.tlsref.test <- tlsref Test Intermediate CA <- "
                + "trust anchor tlsref Test Root CA"), text);
        assertTrue(text.contains("host name: \"server.tlsref.test\" matches"), text);
        assertTrue(text.contains("negotiated (the client's view; the server's agrees):"), text);
        assertTrue(text.contains("protocol version: TLSv1.3(0x0304)"), text);
        assertTrue(text.contains("key exchange group: X25519MLKEM768(0x11ec)"), text);
        assertTrue(text.contains("client certificate: CN=client-p256,O=tlsref (EC P-256, chain of 2)"), text);
        assertEquals("", err.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "--cert-type=rsa,            rsa_pss_rsae_sha256(0x0804), RSA 2048 bits",
        "--cert-type=rsa-pss,        rsa_pss_pss_sha256(0x0809),  RSA-PSS 2048 bits",
        "--cert-type=p384,           ecdsa_secp384r1_sha384(0x0503), EC P-384",
        "--cert-type=ed25519,        ed25519(0x0807),             Ed25519",
        "--sig=rsa_pss_rsae_sha384,  rsa_pss_rsae_sha384(0x0805), RSA 2048 bits",
        "--sig=ed25519,              ed25519(0x0807),             Ed25519"})
    void certificateTypeAndSignatureSchemeChooseTheServersProof(String option, String scheme,
            String key) {
        assertEquals(0, handshake(option), err.toString());
        String text = out.toString();
        assertTrue(text.contains("server signature scheme: " + scheme), text);
        assertTrue(text.contains("signature scheme: " + scheme), text);
        assertTrue(text.contains("public key: " + key), text);
    }

    @ParameterizedTest
    @CsvSource({"TLS_AES_256_GCM_SHA384, AES-256-GCM", "tls_chacha20_poly1305_sha256, CHACHA20-POLY1305",
        "0x1304, AES-128-CCM"})
    void suiteOptionIsTheServersChoiceAndItsKeysAreNamed(String suite, String aead) {
        assertEquals(0, handshake("--suite", suite), err.toString());
        assertTrue(out.toString().contains("server handshake traffic keys installed for sending ("
                + aead + ")"), out.toString());
        assertTrue(out.toString().contains("records protected with " + aead), out.toString());
    }

    @Test
    void helloRetryRequestIsForcedAndShown() {
        assertEquals(0, handshake("--hrr", "--group", "secp384r1"), err.toString());
        List<String> steps = steps();
        int retry = steps.indexOf("server -> client HelloRetryRequest");
        assertTrue(retry > 0, out.toString());
        assertEquals("client -> server ClientHello", steps.get(0));
        assertTrue(steps.subList(retry, steps.size()).contains("client -> server ClientHello"),
                "a second ClientHello follows");
        String text = out.toString();
        assertTrue(text.contains("asks for a key share for: secp384r1(0x0018)"), text);
        assertTrue(text.contains("key shares: x25519(0x001d) 32 bytes"), "the first hello's share");
        assertTrue(text.contains("key shares: secp384r1(0x0018) 97 bytes"), "the second hello's share");
        assertTrue(text.contains("key exchange group: secp384r1(0x0018)"), text);
    }

    @Test
    void withoutClientAuthenticationNoCertificateRequestIsSent() {
        assertEquals(0, handshake("--client-auth", "none", "--group", "x25519"), err.toString());
        List<String> steps = steps();
        assertFalse(steps.contains("server -> client CertificateRequest"), out.toString());
        assertFalse(steps.contains("client -> server Certificate"), out.toString());
        assertTrue(out.toString().contains("client certificate: none (the client did not authenticate)"));
        assertTrue(out.toString().contains("key exchange group: x25519(0x001d)"));
    }

    @Test
    void optionalClientAuthenticationWithoutACertificateContinuesAnonymously() {
        assertEquals(0, handshake("--client-auth", "optional", "--client-cert", "none"),
                err.toString());
        assertTrue(out.toString().contains("certificates: none: the client has no certificate"),
                out.toString());
        assertTrue(steps().contains("server the client sent no certificate; the server's policy "
                + "lets it continue without client authentication"), out.toString());
    }

    @Test
    void requiredClientAuthenticationWithoutACertificateFailsWithCertificateRequired() {
        assertEquals(1, handshake("--client-cert", "none"));
        List<String> steps = steps();
        assertTrue(steps.contains("server server sends fatal alert certificate_required(0x74)"),
                out.toString());
        assertTrue(steps.contains("client client receives fatal alert certificate_required(0x74) "
                + "from the server"), out.toString());
        assertFalse(out.toString().contains("negotiated"), "no parameters after a failure");
        assertEquals("tlsref handshake: failed: the server sent fatal alert "
                + "certificate_required(0x74) to the client: certificate_required "
                + "(CERTIFICATE_REQUIRED): the client sent no certificate\n", err.toString());
    }

    @Test
    void jsonIsAnArrayOfStepsEndingWithTheNegotiatedParameters() throws Exception {
        assertEquals(0, handshake("--json", "--alpn", "h2,http/1.1"), err.toString());
        JsonNode steps = new ObjectMapper().readTree(out.toString());
        assertTrue(steps.isArray() && steps.size() > 20, out.toString());
        JsonNode hello = steps.get(0);
        assertEquals(1, hello.get("step").asInt());
        assertEquals("message", hello.get("kind").asText());
        assertEquals("client", hello.get("from").asText());
        assertEquals("server", hello.get("to").asText());
        assertEquals("ClientHello", hello.get("title").asText());
        assertEquals(1, hello.at("/overview/bullet").asInt());
        assertEquals("client hello", hello.at("/overview/words").asText());
        assertEquals("application protocols (ALPN)", hello.at("/details/9/name").asText());
        assertEquals("h2, http/1.1", hello.at("/details/9/value").asText());
        assertEquals("ClientHello", hello.at("/fields/0/value").asText(), "the dissector's tree");
        JsonNode last = steps.get(steps.size() - 1);
        assertEquals("negotiated", last.get("kind").asText());
        assertEquals("application protocol (ALPN)", last.at("/details/5/name").asText());
        assertEquals("h2", last.at("/details/5/value").asText());
    }

    @Test
    void jsonOfAFailureEndsWithTheAlert() throws Exception {
        assertEquals(1, handshake("--json", "--client-cert", "none"));
        JsonNode steps = new ObjectMapper().readTree(out.toString());
        JsonNode last = steps.get(steps.size() - 1);
        assertEquals("failed", last.get("kind").asText());
        assertEquals("server", last.get("side").asText());
        assertEquals("certificate_required(0x74)", last.get("alert").asText());
    }

    @Test
    void keyLogHasTheFiveNssLinesOfTheConnection(@TempDir Path dir) throws Exception {
        Path keyLog = dir.resolve("keys.log");
        assertEquals(0, handshake("--keylog", keyLog.toString(), "--json"), err.toString());
        List<String> lines = Files.readAllLines(keyLog);
        assertEquals(5, lines.size(), String.join("\n", lines));
        List<String> labels = lines.stream().map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET"), labels);
        String random = new ObjectMapper().readTree(out.toString()).at("/0/details/2/value")
                .asText().replace("32 bytes ", "");
        for (String line : lines) {
            String[] parts = line.split(" ");
            assertEquals(random, parts[1], "the ClientHello.random names the connection");
            assertTrue(parts[2].matches("[0-9a-f]{64}"), line);
        }
    }

    @Test
    void aSeedMakesTheTraceReproducible() {
        assertEquals(0, handshake("--seed", "demo"));
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, handshake("--seed", "demo"));
        assertEquals(first, out.toString());
    }

    @Test
    void fieldsOptionAddsTheDissectorsTree() {
        assertEquals(0, handshake("--fields"), err.toString());
        assertTrue(out.toString().contains("legacy_compression_methods: 1 item(s)"), out.toString());
    }

    @Test
    void unknownGroupIsAUsageError() {
        assertEquals(2, handshake("--group", "x9999"));
        assertTrue(err.toString().contains("unknown group \"x9999\""), err.toString());
    }

    @Test
    void missingTestPkiIsAClearError(@TempDir Path dir) {
        assertEquals(2, handshake("--pki", dir.toString()));
        assertTrue(err.toString().contains("holds no root-ca.pem"), err.toString());
    }
}
