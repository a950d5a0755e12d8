package org.tlsref.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code tlsref client}, started in its own JVM with real standard input and output, against a
 * real {@code openssl s_server} started by the test on 127.0.0.1. Every wait is bounded; every
 * process is stopped.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClientCommandTest {
    private static final String PKI = "vectors/pki/";

    private RunningProcess openssl;

    @AfterEach
    void stop() {
        if (openssl != null) {
            openssl.close();
        }
    }

    /** Starts {@code openssl s_server} with the test PKI's P-256 chain; returns its port. */
    private int startOpensslServer(String... extra) {
        int port = RunningProcess.freePort();
        List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-accept",
                String.valueOf(port), "-naccept", "1", "-tls1_3",
                "-cert", PKI + "server-p256.pem", "-key", PKI + "server-p256.key",
                "-cert_chain", PKI + "intermediate-ca.pem"));
        command.addAll(List.of(extra));
        openssl = RunningProcess.start(command);
        openssl.awaitStdout("ACCEPT");
        return port;
    }

    @Test
    void relaysStandardInputAndOutputWithOpensslSServer() {
        int port = startOpensslServer();
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", PKI + "root-ca.pem")) {
            client.send("hello from tlsref\n");
            openssl.awaitStdout("hello from tlsref");
            openssl.send("hello from openssl\n");
            client.awaitStdout("hello from openssl");
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
            assertEquals("hello from openssl\n", client.stdout(), "standard output carries only data");
            String trace = client.stderr();
            assertTrue(trace.contains("  1. client -> server  ClientHello  [overview 1: client hello]"), trace);
            assertTrue(trace.contains("  2. server -> client  ServerHello  [overview 2: server hello]"), trace);
            assertTrue(trace.contains("client verifies the server's certificate: valid"), trace);
            assertTrue(trace.contains("host name: \"127.0.0.1\" matches"), trace);
            assertTrue(trace.contains("NewSessionTicket"), "OpenSSL sends tickets: " + trace);
            assertTrue(trace.contains("negotiated:"), trace);
            assertTrue(trace.contains("the server sent close_notify; closing"), trace);
        }
        openssl.awaitStdout("DONE");
    }

    @Test
    void aServerCertificateForAnotherHostIsBadCertificate() {
        int port = startOpensslServer();
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", PKI + "root-ca.pem", "--servername", "wrong.example")) {
            assertEquals(1, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("tlsref client: handshake failed: the client sent "
                    + "fatal alert bad_certificate(0x2a) to the server: bad_certificate "
                    + "(HOST_MISMATCH): 'CN=server.tlsref.test,O=tlsref' is not for wrong.example"),
                    client.output());
            assertTrue(client.stderr().contains("client sends fatal alert bad_certificate(0x2a)"),
                    "the trace shows the alert: " + client.output());
        }
        openssl.awaitStderr("alert bad certificate");
    }

    @Test
    void withoutCaTheJdkTrustStoreRejectsTheTestPkiAsUnknownCa() {
        int port = startOpensslServer();
        try (RunningProcess client = RunningProcess.tlsref("client", "localhost:" + port)) {
            assertEquals(1, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("the client sent fatal alert unknown_ca(0x30) to "
                    + "the server"), client.output());
            assertTrue(client.stderr().contains("add --ca vectors/pki/root-ca.pem"), client.output());
        }
    }

    @Test
    void presentsItsCertificateWhenOpensslAsksAndFailsWithoutOne() {
        int port = startOpensslServer("-Verify", "1", "-CAfile", PKI + "root-ca.pem");
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", PKI + "root-ca.pem", "--cert", PKI + "client-p256.pem",
                "--key", PKI + "client-p256.key")) {
            client.send("authenticated\n");
            openssl.awaitStdout("authenticated");
            client.endInput();
            assertEquals(0, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("server -> client  CertificateRequest  "
                    + "[overview 2: client certificate request]"), client.output());
            assertTrue(client.stderr().contains("client -> server  Certificate  [overview 5: "), client.output());
        }
        openssl.close();
        port = startOpensslServer("-Verify", "1", "-CAfile", PKI + "root-ca.pem");
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port,
                "--ca", PKI + "root-ca.pem")) {
            client.send("anonymous\n");
            assertEquals(1, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("the server sent fatal alert certificate_required"
                    + "(0x74); the client received it"), client.output());
        }
    }

    @Test
    void aRefusedConnectionIsExitStatusThree() {
        int port = RunningProcess.freePort();
        try (RunningProcess client = RunningProcess.tlsref("client", "127.0.0.1:" + port)) {
            assertEquals(3, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("cannot connect to 127.0.0.1:" + port), client.output());
        }
    }

    @Test
    void aServerThatHangsUpDuringTheHandshakeIsExitStatusThree() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                RunningProcess client = RunningProcess.tlsref("client",
                        "127.0.0.1:" + listener.getLocalPort(), "--ca", PKI + "root-ca.pem")) {
            listener.setSoTimeout((int) RunningProcess.WAIT.toMillis());
            try (Socket accepted = listener.accept()) {
                accepted.getInputStream().read();
            }
            assertEquals(3, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("the server closed the connection during the "
                    + "handshake"), client.output());
        }
    }

    @Test
    void aTargetWithoutPortIsAUsageError() {
        try (RunningProcess client = RunningProcess.tlsref("client", "localhost")) {
            assertEquals(2, client.awaitExit(), client.output());
            assertTrue(client.stderr().contains("expected HOST:PORT, got \"localhost\""), client.output());
        }
    }
}
