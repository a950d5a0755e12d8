package org.tlsref.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code tlsref server}, started in its own JVM on 127.0.0.1 and a free port, answered by real
 * peers: {@code openssl s_client}, {@code curl} and tlsref's own client. Every wait is bounded;
 * every process is stopped.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerCommandTest {
    private static final String ROOT_CA = "vectors/pki/root-ca.pem";

    private RunningProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts the server with {@code args} and returns the port it listens on. */
    private int startServer(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "server";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        server = RunningProcess.tlsref(all);
        return Integer.parseInt(server.awaitStderr("listening on 127\\.0\\.0\\.1:(\\d+)"));
    }

    private static RunningProcess opensslClient(int port, String... extra) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl", "s_client",
                "-connect", "127.0.0.1:" + port, "-servername", "localhost", "-CAfile", ROOT_CA,
                "-verify_return_error", "-ign_eof"));
        command.addAll(List.of(extra));
        return RunningProcess.start(command);
    }

    private static String httpGetWithOpenssl(int port) {
        try (RunningProcess client = opensslClient(port)) {
            client.send("GET /openssl HTTP/1.0\r\n\r\n");
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
            return client.stdout();
        }
    }

    @Test
    void wwwAnswersOpensslSClientWithTheNegotiatedSession() {
        int port = startServer("--www");
        String response = httpGetWithOpenssl(port);
        assertTrue(response.contains("Verify return code: 0 (ok)"), response);
        assertTrue(response.contains("New, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256"), response);
        assertTrue(response.contains("HTTP/1.0 200 OK"), response);
        assertTrue(response.contains("tlsref server: your TLS session"), response);
        assertTrue(response.contains("protocol version: TLSv1.3(0x0304)"), response);
        assertTrue(response.contains("key exchange group: x25519(0x001d)"), response);
        assertTrue(response.contains("request: GET /openssl HTTP/1.0"), response);
        String log = server.awaitStderr("(?s)\\[#1\\] connection closed");
        String trace = server.stderr();
        assertTrue(trace.contains("WARNING: no --cert given: serving the TEST certificate"), trace);
        assertTrue(trace.contains("[#1]   1. client -> server  ClientHello  [overview 1: client hello]"), trace);
        assertTrue(trace.contains("[#1]       versions offered: TLSv1.3(0x0304), TLSv1.2(0x0303)"), trace);
        assertTrue(trace.contains("server verifies the client's Finished: valid"), trace);
        assertTrue(trace.contains("[#1] request: GET /openssl HTTP/1.0"), trace);
        assertTrue(!log.isEmpty());
    }

    @Test
    void wwwAnswersTlsrefsOwnClientWhichExitsCleanly() {
        int port = startServer("--www", "--alpn", "http/1.1");
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", ROOT_CA, "--alpn", "http/1.1")) {
            client.send("GET /tlsref HTTP/1.0\r\n\r\n");
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
            assertTrue(client.stdout().startsWith("HTTP/1.0 200 OK\r\n"), client.output());
            assertTrue(client.stdout().contains("application protocol (ALPN): http/1.1"), client.output());
            assertTrue(client.stdout().contains("request: GET /tlsref HTTP/1.0"), client.output());
            assertTrue(client.stderr().contains("host name: \"127.0.0.1\" matches"), client.output());
            assertTrue(client.stderr().contains("the server sent close_notify; closing"), client.output());
        }
    }

    @Test
    void wwwAnswersCurl() throws Exception {
        Assumptions.assumeTrue(onPath("curl"), "curl is not installed");
        int port = startServer("--www");
        try (RunningProcess curl = RunningProcess.start(List.of("curl", "-sS", "--max-time", "30",
                "--cacert", ROOT_CA, "https://localhost:" + port + "/curl"))) {
            assertEquals(0, curl.awaitExit(), curl.output());
            assertTrue(curl.stdout().contains("request: GET /curl HTTP/1.1"), curl.output());
            assertTrue(curl.stdout().contains("cipher suite: TLS_AES_"), curl.output());
        }
    }

    @Test
    void aClientSendingRandomBytesGetsAnAlertAndTheServerGoesOn() throws IOException {
        int port = startServer("--www");
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x16;
        garbage[1] = 0x03;
        garbage[2] = 0x01;
        byte[] answer = exchangeRaw(port, garbage);
        assertTrue(answer.length >= 7 && answer[0] == 0x15 && answer[5] == 2,
                "a fatal alert record comes back: " + java.util.HexFormat.of().formatHex(answer));
        exchangeRaw(port, "not TLS at all\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String log = server.awaitStderr("\\[#2\\] (failed during the handshake: the server sent "
                + "fatal alert [^\\n]*)");
        assertTrue(log.contains("unexpected_message"), log);
        assertTrue(server.stderr().contains("[#1] failed during the handshake: the server sent fatal alert"),
                server.stderr());
        String response = httpGetWithOpenssl(port);
        assertTrue(response.contains("HTTP/1.0 200 OK"), response);
        assertTrue(response.contains("connection: #3"), response);
        assertTrue(server.isAlive());
    }

    @Test
    void connectionsAreServedConcurrently() throws Exception {
        int port = startServer("--echo", "--max-connections", "4");
        try (Socket idle = new Socket("127.0.0.1", port);
                RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                        "--ca", ROOT_CA, "--quiet")) {
            client.send("echo me\n");
            assertEquals("echo me", client.awaitStdout("(echo me)"));
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
            assertTrue(idle.isConnected());
        }
        String log = server.awaitStderr("(\\[#2\\] the client sent close_notify after 8 bytes, all echoed)");
        assertTrue(!log.isEmpty());
    }

    @Test
    void relayModeCarriesStandardInputAndOutputBothWays() {
        int port = startServer();
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", ROOT_CA, "--quiet")) {
            client.send("to the server\n");
            server.awaitStdout("to the server");
            server.send("to the client\n");
            client.awaitStdout("to the client");
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
        }
        server.awaitStderr("\\[#1\\] the client sent close_notify");
    }

    @Test
    void countStopsTheServerAfterThatManyConnections() {
        int port = startServer("--www", "--count", "1");
        httpGetWithOpenssl(port);
        assertEquals(0, server.awaitExit(), server.output());
    }

    @Test
    void requiredClientAuthenticationAcceptsOpensslWithACertificateAndRefusesItWithout() {
        int port = startServer("--www", "--client-auth", "required", "--ca", ROOT_CA);
        try (RunningProcess with = opensslClient(port, "-cert", "vectors/pki/client-p256.pem",
                "-key", "vectors/pki/client-p256.key",
                "-cert_chain", "vectors/pki/intermediate-ca.pem")) {
            with.send("GET / HTTP/1.0\r\n\r\n");
            with.endInput();
            assertEquals(0, with.awaitExit(), with.output());
            assertTrue(with.stdout().contains("client certificate: CN=client-p256,O=tlsref"), with.output());
        }
        try (RunningProcess without = opensslClient(port)) {
            without.send("GET / HTTP/1.0\r\n\r\n");
            without.endInput();
            without.awaitExit();
            assertTrue(without.stdout().contains("certificate required")
                    || without.stderr().contains("certificate required"), without.output());
        }
        String log = server.awaitStderr("(\\[#2\\] failed[^\\n]*)");
        assertTrue(log.contains("the server sent fatal alert certificate_required(0x74) to the "
                + "client: certificate_required (CERTIFICATE_REQUIRED): the client sent no certificate"), log);
    }

    @Test
    void aPortInUseIsExitStatusThree() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            server = RunningProcess.tlsref("server", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(3, server.awaitExit(), server.output());
            assertTrue(server.stderr().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    server.output());
        }
    }

    /** Sends {@code bytes} on a fresh connection and returns what comes back until the close. */
    private static byte[] exchangeRaw(int port, byte[] bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) RunningProcess.WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        } catch (java.net.SocketException reset) {
            return new byte[0];
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
