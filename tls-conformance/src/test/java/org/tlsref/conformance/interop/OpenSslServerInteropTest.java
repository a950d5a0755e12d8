package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;
import org.tlsref.conformance.interop.OpenSslPeer.Output;
import org.tlsref.conformance.interop.OpenSslTrace.Direction;
import org.tlsref.conformance.interop.PeerProcess.Relay;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;

/**
 * tlsref's TLS 1.3 client against OpenSSL's {@code openssl s_server} (OpenSSL 3), one s_server
 * process per case ({@code -naccept 1}), with both sides' view asserted: tlsref's
 * {@link Session} and messages ({@link Recorder}), s_server's {@code -brief} summary and
 * {@code -trace}. s_server runs with {@code -brief} and its standard output piped back into its
 * standard input, so it echoes what tlsref sends; the KeyUpdate it starts itself is typed on its
 * stdin as the command letter {@code K}.
 *
 * <table>
 * <caption>The matrix covered (every value of every dimension at least once)</caption>
 * <tr><th>case</th><th>suite</th><th>group</th><th>server certificate / scheme</th>
 *     <th>client auth</th></tr>
 * <tr><td>matrix 1</td><td>TLS_AES_128_GCM_SHA256</td><td>x25519</td>
 *     <td>RSA-2048 / rsa_pss_rsae_sha256</td><td>none</td></tr>
 * <tr><td>matrix 2</td><td>TLS_AES_256_GCM_SHA384</td><td>secp256r1</td>
 *     <td>ECDSA P-256 / ecdsa_secp256r1_sha256</td><td>required, client P-256</td></tr>
 * <tr><td>matrix 3</td><td>TLS_CHACHA20_POLY1305_SHA256</td><td>secp384r1</td>
 *     <td>Ed25519 / ed25519</td><td>required, client RSA</td></tr>
 * <tr><td>matrix 4</td><td>TLS_AES_128_CCM_SHA256</td><td>x25519</td>
 *     <td>RSASSA-PSS / rsa_pss_pss_sha256</td><td>none</td></tr>
 * <tr><td>matrix 5</td><td>TLS_AES_128_CCM_8_SHA256</td><td>secp256r1</td>
 *     <td>ECDSA P-384 / ecdsa_secp384r1_sha384</td><td>required, client P-256</td></tr>
 * <tr><td>HelloRetryRequest</td><td>TLS_AES_128_GCM_SHA256</td>
 *     <td>tlsref shares x25519 only, s_server accepts secp256r1 only</td><td>P-256</td>
 *     <td>none</td></tr>
 * <tr><td>KeyUpdate by tlsref</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td>
 *     <td>RSA-2048</td><td>none</td></tr>
 * <tr><td>KeyUpdate by s_server ({@code K})</td><td>TLS_CHACHA20_POLY1305_SHA256</td>
 *     <td>secp256r1</td><td>P-256</td><td>none</td></tr>
 * <tr><td>1 MiB echo</td><td>TLS_AES_128_GCM_SHA256</td><td>x25519</td><td>P-256</td>
 *     <td>required, client RSA</td></tr>
 * </table>
 */
@Timeout(60)
class OpenSslServerInteropTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {42}).nextBytes(1 << 20);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    static Stream<Case> matrix() {
        return Stream.of(
                Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.RSA2048),
                Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.SECP256R1, ServerKey.P256)
                        .clientAuthenticatedBy(ClientKey.P256),
                Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.SECP384R1,
                        ServerKey.ED25519).clientAuthenticatedBy(ClientKey.RSA),
                Case.of(CipherSuite.TLS_AES_128_CCM_SHA256, NamedGroup.X25519, ServerKey.RSAPSS),
                Case.of(CipherSuite.TLS_AES_128_CCM_8_SHA256, NamedGroup.SECP256R1,
                        ServerKey.P384).clientAuthenticatedBy(ClientKey.P256));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void handshakeAndEchoAgreeOnBothSides(Case c) throws Exception {
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.BRIEF,
                Relay.STDOUT_TO_STDIN)) {
            Session session;
            try (Socket socket = server.connect();
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                tls.startHandshake();
                byte[] ping = ascii("ping over " + c + "\n");
                tls.getOutputStream().write(ping);
                assertArrayEquals(ping, Tlsref.readExactly(tls.getInputStream(), ping.length));
                tls.shutdownOutput();
                assertEquals(0, Tlsref.readToEnd(tls.getInputStream(), 0).length,
                        "s_server answers close_notify with close_notify");
                session = tls.session().orElseThrow();
            }
            assertEquals(0, server.awaitExit(), server.describe());
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerSide(c, server);
        }
    }

    @Test
    void keyShareTheServerDoesNotAcceptIsRetriedAfterHelloRetryRequest() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.SECP256R1, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.BRIEF,
                Relay.STDOUT_TO_STDIN)) {
            Session session;
            try (Socket socket = server.connect();
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder)
                                    .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                                    .keyShareGroups(NamedGroup.X25519).build(),
                            InteropPki.SERVER_NAME)) {
                byte[] ping = ascii("after the retry\n");
                tls.getOutputStream().write(ping);
                assertArrayEquals(ping, Tlsref.readExactly(tls.getInputStream(), ping.length));
                tls.shutdownOutput();
                Tlsref.readToEnd(tls.getInputStream(), 0);
                session = tls.session().orElseThrow();
            }
            server.awaitExit();
            assertEquals(1, recorder.received(HelloRetryRequest.class).size(), recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerSide(c, server);
            OpenSslTrace trace = server.trace();
            List<OpenSslTrace.Message> hellos = trace.all(Direction.RECEIVED, "ClientHello");
            assertEquals(2, hellos.size(), server.describe());
            assertEquals(List.of(NamedGroup.X25519.code()), hellos.get(0).groups());
            assertEquals(List.of(NamedGroup.SECP256R1.code()), hellos.get(1).groups());
            OpenSslTrace.Message retry = trace.all(Direction.SENT, "ServerHello").get(0);
            assertTrue(retry.isHelloRetryRequest(), server.describe());
            assertEquals(NamedGroup.SECP256R1.code(), retry.group());
        }
    }

    @Test
    void keyUpdateRequestedByTlsrefIsAnsweredByOpenSsl() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.X25519, ServerKey.RSA2048);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.BRIEF,
                Relay.STDOUT_TO_STDIN)) {
            Session session;
            try (DrivenConnection tls = new DrivenConnection(server.connect(),
                    TlsClient.create(Tlsref.client(c, recorder).build(), InteropPki.SERVER_NAME))) {
                session = tls.handshake();
                byte[] before = ascii("before the key update\n");
                tls.write(before);
                assertArrayEquals(before, tls.readExactly(before.length));
                tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                byte[] after = ascii("under the next keys\n");
                tls.write(after);
                assertArrayEquals(after, tls.readExactly(after.length),
                        "s_server decrypted tlsref's data under its new keys, and tlsref s_server's");
                assertTrue(tls.closeGracefully(), "close_notify both ways");
            }
            server.awaitExit();
            assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesSent());
            assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                    recorder.keyUpdatesReceived(), recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerSide(c, server);
            OpenSslTrace trace = server.trace();
            assertEquals(1, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest());
            assertEquals(0, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest());
        }
    }

    @Test
    void keyUpdateStartedByOpenSslIsAnsweredByTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.SECP256R1,
                ServerKey.P256);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.INTERACTIVE,
                Relay.NONE)) {
            Session session;
            try (Socket socket = server.connect();
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                tls.startHandshake();
                server.awaitStdout("Secure Renegotiation IS");
                Future<byte[]> reply = executor.submit(
                        () -> Tlsref.readExactly(tls.getInputStream(), 6));
                server.process().type("K\n");
                awaitKeyUpdate(recorder);
                server.process().type("world\n");
                assertArrayEquals(ascii("world\n"), reply.get(10, TimeUnit.SECONDS),
                        "data s_server sent under its new keys");
                tls.getOutputStream().write(ascii("again\n"));
                tls.shutdownOutput();
                server.awaitStdout("again\n");
                Tlsref.readToEnd(tls.getInputStream(), 0);
                session = tls.session().orElseThrow();
            }
            server.awaitExit();
            assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesReceived());
            assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED), recorder.keyUpdatesSent(),
                    recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerTrace(c, server);
            OpenSslTrace trace = server.trace();
            assertEquals(1, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest(),
                    server.describe());
            assertEquals(0, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest());
        }
    }

    /**
     * Data tlsref writes reaches the peer without tlsref reading first. Until 96706fd,
     * {@code TlsSocket.ApplicationOutput.write} ended with {@code flush()}, which inside the
     * inner class is the inherited no-op {@code OutputStream.flush()}, so the records waited
     * for the next read or close.
     */
    @Test
    void dataTlsrefWritesReachesOpenSslBeforeTlsrefReadsAnything() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.BRIEF, Relay.NONE);
                Socket socket = server.connect();
                TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                        InteropPki.SERVER_NAME)) {
            tls.startHandshake();
            tls.getOutputStream().write(ascii("unprompted\n"));
            tls.getOutputStream().flush();
            server.awaitStdout("unprompted\n", Duration.ofSeconds(2));
        }
    }

    @Test
    void oneMebibyteEchoesThroughOpenSsl() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256)
                .clientAuthenticatedBy(ClientKey.RSA);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(serverOptions(c), Output.BRIEF,
                Relay.STDOUT_TO_STDIN)) {
            Session session;
            try (Socket socket = server.connect();
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                Tlsref.echoInStep(tls, ONE_MIB, 1 << 16);
                tls.shutdownOutput();
                Tlsref.readToEnd(tls.getInputStream(), 0);
                session = tls.session().orElseThrow();
            }
            server.awaitExit();
            assertEquals(ONE_MIB.length, server.process().stdout().bytes().length,
                    "what s_server decrypted");
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerSide(c, server);
        }
    }

    /** s_server allowing exactly the case's suite and group, with its certificate. */
    private static List<String> serverOptions(Case c) {
        List<String> options = OpenSslPeer.options(OpenSslPeer.suites(c.suite()),
                OpenSslPeer.groups(c.group()), OpenSslPeer.serverIdentity(c.serverKey()));
        if (c.clientAuthenticated()) {
            options.addAll(OpenSslPeer.requireClientCertificate());
        }
        return options;
    }

    /** Waits until tlsref has processed a KeyUpdate from the peer. */
    private static void awaitKeyUpdate(Recorder recorder) throws InterruptedException {
        long deadline = System.nanoTime() + OpenSslPeer.WAIT.toNanos();
        while (recorder.keyUpdatesReceived().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no KeyUpdate reached tlsref within " + OpenSslPeer.WAIT
                        + "; " + recorder.summary());
            }
            Thread.sleep(5);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
