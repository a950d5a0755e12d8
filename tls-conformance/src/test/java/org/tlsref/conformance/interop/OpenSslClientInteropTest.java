package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;
import org.tlsref.conformance.interop.OpenSslPeer.Output;
import org.tlsref.conformance.interop.OpenSslTrace.Direction;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;
import org.tlsref.engine.io.TlsSocketException;

/**
 * tlsref's TLS 1.3 server against OpenSSL's {@code openssl s_client} (OpenSSL 3), one s_client
 * process per case, with both sides' view asserted: tlsref's {@link Session} and messages
 * ({@link Recorder}), s_client's {@code -brief} summary and {@code -trace}. tlsref's server runs
 * on a background thread over {@link TlsSocket} and echoes what s_client sends; s_client sends its
 * standard input and prints what it receives on its standard output. The KeyUpdate s_client
 * starts is typed on its stdin as the command letter {@code K}.
 *
 * <table>
 * <caption>The matrix covered (every value of every dimension at least once)</caption>
 * <tr><th>case</th><th>suite</th><th>group</th><th>server certificate / scheme</th>
 *     <th>client auth</th></tr>
 * <tr><td>matrix 1</td><td>TLS_AES_128_GCM_SHA256</td><td>secp384r1</td>
 *     <td>ECDSA P-256 / ecdsa_secp256r1_sha256</td><td>required, client RSA</td></tr>
 * <tr><td>matrix 2</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td>
 *     <td>Ed25519 / ed25519</td><td>none</td></tr>
 * <tr><td>matrix 3</td><td>TLS_CHACHA20_POLY1305_SHA256</td><td>secp256r1</td>
 *     <td>RSA-2048 / rsa_pss_rsae_sha256</td><td>required, client P-256</td></tr>
 * <tr><td>matrix 4</td><td>TLS_AES_128_CCM_SHA256</td><td>secp384r1</td>
 *     <td>ECDSA P-384 / ecdsa_secp384r1_sha384</td><td>none</td></tr>
 * <tr><td>matrix 5</td><td>TLS_AES_128_CCM_8_SHA256</td><td>x25519</td>
 *     <td>RSASSA-PSS / rsa_pss_pss_sha256</td><td>required, client RSA</td></tr>
 * <tr><td>HelloRetryRequest</td><td>TLS_AES_128_GCM_SHA256</td>
 *     <td>s_client {@code -groups P-384:X25519} shares P-384; tlsref prefers x25519 and asks</td>
 *     <td>P-256</td><td>none</td></tr>
 * <tr><td>KeyUpdate by tlsref</td><td>TLS_AES_256_GCM_SHA384</td><td>secp256r1</td>
 *     <td>RSA-2048</td><td>none</td></tr>
 * <tr><td>KeyUpdate by s_client ({@code K})</td><td>TLS_CHACHA20_POLY1305_SHA256</td>
 *     <td>x25519</td><td>Ed25519</td><td>required, client P-256</td></tr>
 * <tr><td>1 MiB echo</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td><td>RSA-2048</td>
 *     <td>none</td></tr>
 * <tr><td>s_client {@code -tls1_2} only</td><td colspan="4">tlsref (TLS 1.3 only) sends
 *     protocol_version; s_client receives it</td></tr>
 * <tr><td>no client certificate</td><td colspan="4">tlsref requires one; s_client answers the
 *     CertificateRequest with an empty Certificate and receives certificate_required</td></tr>
 * </table>
 */
@Timeout(60)
class OpenSslClientInteropTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {43}).nextBytes(1 << 20);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    static Stream<Case> matrix() {
        return Stream.of(
                Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.SECP384R1, ServerKey.P256)
                        .clientAuthenticatedBy(ClientKey.RSA),
                Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.X25519, ServerKey.ED25519),
                Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.SECP256R1,
                        ServerKey.RSA2048).clientAuthenticatedBy(ClientKey.P256),
                Case.of(CipherSuite.TLS_AES_128_CCM_SHA256, NamedGroup.SECP384R1, ServerKey.P384),
                Case.of(CipherSuite.TLS_AES_128_CCM_8_SHA256, NamedGroup.X25519, ServerKey.RSAPSS)
                        .clientAuthenticatedBy(ClientKey.RSA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void handshakeAndEchoAgreeOnBothSides(Case c) throws Exception {
        Recorder recorder = new Recorder();
        byte[] ping = ascii("ping over " + c + "\n");
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> echo(listener,
                    Tlsref.server(c, recorder).build(), ping.length));
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    clientOptions(c), Output.BRIEF)) {
                client.process().write(ping);
                client.awaitStdout(new String(ping, StandardCharsets.US_ASCII));
                Session session = served.get(20, TimeUnit.SECONDS);
                assertEquals(0, client.awaitExit(), client.describe());
                Tlsref.assertServerView(c, session, recorder);
                assertTrue(recorder.sent(HelloRetryRequest.class).isEmpty(), recorder.summary());
                OpenSslView.assertClientSide(c, client);
            }
        }
    }

    @Test
    void serverPreferringAnotherGroupAsksForItWithHelloRetryRequest() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        byte[] ping = ascii("after the retry\n");
        TlsConfig config = Tlsref.server(c, recorder).supportedGroups(NamedGroup.X25519_MLKEM768,
                NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1).build();
        List<String> options = OpenSslPeer.options(OpenSslPeer.verifyServer(),
                OpenSslPeer.suites(c.suite()),
                OpenSslPeer.groups(NamedGroup.SECP384R1, NamedGroup.X25519));
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> echo(listener, config, ping.length));
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(), options,
                    Output.BRIEF)) {
                client.process().write(ping);
                client.awaitStdout("after the retry\n");
                Session session = served.get(20, TimeUnit.SECONDS);
                client.awaitExit();
                assertEquals(1, recorder.sent(HelloRetryRequest.class).size(), recorder.summary());
                Tlsref.assertServerView(c, session, recorder);
                OpenSslView.assertClientSide(c, client);
                OpenSslTrace trace = client.trace();
                List<OpenSslTrace.Message> hellos = trace.all(Direction.SENT, "ClientHello");
                assertEquals(2, hellos.size(), client.describe());
                assertEquals(List.of(NamedGroup.SECP384R1.code()), hellos.get(0).groups());
                assertEquals(List.of(NamedGroup.X25519.code()), hellos.get(1).groups());
                OpenSslTrace.Message retry = trace.all(Direction.RECEIVED, "ServerHello").get(0);
                assertTrue(retry.isHelloRetryRequest(), client.describe());
                assertEquals(NamedGroup.X25519.code(), retry.group());
            }
        }
    }

    @Test
    void keyUpdateRequestedByTlsrefIsAnsweredByOpenSsl() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.SECP256R1,
                ServerKey.RSA2048);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> {
                try (DrivenConnection tls = new DrivenConnection(Loopback.accept(listener),
                        TlsServer.create(Tlsref.server(c, recorder).build()))) {
                    Session session = tls.handshake();
                    assertArrayEquals(ascii("one\n"), tls.readExactly(4));
                    tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                    tls.write(ascii("two\n"));
                    assertArrayEquals(ascii("three\n"), tls.readExactly(6),
                            "s_client's data under its new keys");
                    assertTrue(tls.closeGracefully(), "close_notify both ways");
                    return session;
                }
            });
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    clientOptions(c), Output.BRIEF)) {
                client.process().type("one\n");
                client.awaitStdout("two\n");
                client.process().type("three\n");
                Session session = served.get(20, TimeUnit.SECONDS);
                client.awaitExit();
                assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesSent());
                assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                        recorder.keyUpdatesReceived(), recorder.summary());
                Tlsref.assertServerView(c, session, recorder);
                OpenSslView.assertClientSide(c, client);
                OpenSslTrace trace = client.trace();
                assertEquals(1, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest());
                assertEquals(0, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest());
            }
        }
    }

    @Test
    void keyUpdateStartedByOpenSslIsAnsweredByTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.X25519,
                ServerKey.ED25519).clientAuthenticatedBy(ClientKey.P256);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> {
                try (TlsSocket tls = TlsSocket.server(Loopback.accept(listener),
                        Tlsref.server(c, recorder).build())) {
                    assertArrayEquals(ascii("data\n"),
                            Tlsref.readExactly(tls.getInputStream(), 5));
                    tls.getOutputStream().write(ascii("reply\n"));
                    tls.shutdownOutput();
                    Tlsref.readToEnd(tls.getInputStream(), 0);
                    return tls.session().orElseThrow();
                }
            });
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    clientOptions(c), Output.INTERACTIVE)) {
                client.awaitStderr("Verification: OK");
                client.process().type("K\n");
                client.awaitStderr("KEYUPDATE");
                client.process().type("data\n");
                client.awaitStdout("reply\n");
                Session session = served.get(20, TimeUnit.SECONDS);
                client.awaitExit();
                assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED),
                        recorder.keyUpdatesReceived());
                assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                        recorder.keyUpdatesSent(), recorder.summary());
                Tlsref.assertServerView(c, session, recorder);
                OpenSslView.assertClientSide(c, client);
                OpenSslTrace trace = client.trace();
                assertEquals(1, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest());
                assertEquals(0, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest());
            }
        }
    }

    @Test
    void oneMebibyteEchoesThroughTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.X25519, ServerKey.RSA2048);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> echo(listener,
                    Tlsref.server(c, recorder).build(), ONE_MIB.length));
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    clientOptions(c), Output.BRIEF)) {
                client.process().write(ONE_MIB);
                client.process().stdout().awaitLength(ONE_MIB.length, Loopback.WAIT);
                Session session = served.get(20, TimeUnit.SECONDS);
                client.awaitExit();
                assertArrayEquals(ONE_MIB, client.process().stdout().bytes());
                Tlsref.assertServerView(c, session, recorder);
                OpenSslView.assertClientSide(c, client);
            }
        }
    }

    @Test
    void clientOfferingOnlyTls12IsRefusedWithProtocolVersion() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<TlsSocketException> served = executor.submit(
                    () -> failedHandshake(listener, Tlsref.server(c, recorder).build()));
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    OpenSslPeer.options(OpenSslPeer.verifyServer(), List.of("-tls1_2")),
                    Output.BRIEF)) {
                TlsSocketException failure = served.get(20, TimeUnit.SECONDS);
                assertEquals(AlertDescription.PROTOCOL_VERSION, failure.alert().description());
                assertEquals(List.of(AlertDescription.PROTOCOL_VERSION), recorder.alertsSent());
                assertNotEquals(0, client.awaitExit(), "s_client fails the handshake");
                OpenSslTrace trace = client.trace();
                assertEquals(OptionalInt.of(AlertDescription.PROTOCOL_VERSION.code()),
                        trace.fatalAlert(Direction.RECEIVED), client.describe());
                assertEquals(OptionalInt.empty(), trace.fatalAlert(Direction.SENT));
                assertTrue(client.process().stderr().text().contains("alert protocol version"),
                        client.describe());
            }
        }
    }

    @Test
    void clientWithoutCertificateIsRefusedWithCertificateRequired() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256)
                .clientAuthenticatedBy(ClientKey.P256);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<TlsSocketException> served = executor.submit(
                    () -> failedHandshake(listener, Tlsref.server(c, recorder).build()));
            try (OpenSslPeer client = OpenSslPeer.client(listener.getLocalPort(),
                    OpenSslPeer.options(OpenSslPeer.verifyServer(), OpenSslPeer.suites(c.suite()),
                            OpenSslPeer.groups(c.group())), Output.BRIEF)) {
                TlsSocketException failure = served.get(20, TimeUnit.SECONDS);
                assertEquals(AlertDescription.CERTIFICATE_REQUIRED, failure.alert().description());
                assertEquals(List.of(AlertDescription.CERTIFICATE_REQUIRED), recorder.alertsSent());
                assertNotEquals(0, client.awaitExit(), "s_client ends with the alert");
                OpenSslTrace trace = client.trace();
                assertEquals(1, trace.all(Direction.RECEIVED, "CertificateRequest").size(),
                        client.describe());
                assertEquals(0, trace.only(Direction.SENT, "Certificate").certificateCount());
                assertEquals(OptionalInt.of(AlertDescription.CERTIFICATE_REQUIRED.code()),
                        trace.fatalAlert(Direction.RECEIVED), client.describe());
                assertTrue(client.process().stderr().text().contains("certificate required"),
                        client.describe());
            }
        }
    }

    /**
     * Serves one connection: echoes {@code length} bytes as they come, then closes with
     * close_notify and reads the client's.
     */
    private static Session echo(ServerSocket listener, TlsConfig config, int length)
            throws IOException {
        try (TlsSocket tls = TlsSocket.server(Loopback.accept(listener), config)) {
            byte[] buffer = new byte[1 << 14];
            for (int total = 0; total < length; ) {
                int count = tls.getInputStream().read(buffer, 0,
                        Math.min(buffer.length, length - total));
                if (count < 0) {
                    throw new AssertionError("close_notify after " + total + " of " + length);
                }
                tls.getOutputStream().write(buffer, 0, count);
                total += count;
            }
            tls.shutdownOutput();
            assertEquals(0, Tlsref.readToEnd(tls.getInputStream(), 0).length);
            return tls.session().orElseThrow();
        }
    }

    /** Serves one connection whose handshake must fail; returns how. */
    private static TlsSocketException failedHandshake(ServerSocket listener, TlsConfig config)
            throws IOException {
        Socket socket = Loopback.accept(listener);
        TlsSocket tls = TlsSocket.server(socket, config);
        TlsSocketException failure = assertThrows(TlsSocketException.class, tls::startHandshake);
        Loopback.drainAndClose(socket);
        return failure;
    }

    /** s_client offering exactly the case's suite and group, verifying tlsref's server. */
    private static List<String> clientOptions(Case c) {
        List<String> options = OpenSslPeer.options(OpenSslPeer.verifyServer(),
                OpenSslPeer.suites(c.suite()), OpenSslPeer.groups(c.group()));
        c.clientKey().ifPresent(key -> options.addAll(OpenSslPeer.clientIdentity(key)));
        return options;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
