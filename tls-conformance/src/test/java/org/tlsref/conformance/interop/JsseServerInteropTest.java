package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.PeerAlert;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;
import org.tlsref.engine.io.TlsSocketException;

/**
 * tlsref's TLS 1.3 client against the JDK's SunJSSE server ({@link SSLServerSocket}, in process),
 * which echoes what it reads; both sides' view asserted: tlsref's {@link Session} and messages
 * ({@link Recorder}), SunJSSE's {@link javax.net.ssl.SSLSession} (protocol, suite, both chains,
 * server_name). What SunJSSE does not show (the group, the signature schemes) is asserted on
 * tlsref's side only; see {@link Jsse} for what SunJSSE lets a test choose.
 *
 * <table>
 * <caption>The matrix covered (every value SunJSSE supports, at least once)</caption>
 * <tr><th>case</th><th>suite</th><th>group</th><th>server certificate / scheme</th>
 *     <th>client auth</th></tr>
 * <tr><td>matrix 1</td><td>TLS_AES_128_GCM_SHA256</td><td>x25519</td>
 *     <td>RSA-2048 / rsa_pss_rsae_sha256</td><td>none</td></tr>
 * <tr><td>matrix 2</td><td>TLS_AES_256_GCM_SHA384</td><td>secp256r1</td>
 *     <td>ECDSA P-256 / ecdsa_secp256r1_sha256</td><td>required, client P-256</td></tr>
 * <tr><td>matrix 3</td><td>TLS_CHACHA20_POLY1305_SHA256</td><td>secp384r1</td>
 *     <td>Ed25519 / ed25519 (SunJSSE since JDK 15)</td><td>required, client RSA</td></tr>
 * <tr><td>HelloRetryRequest</td><td>TLS_AES_128_GCM_SHA256</td><td>tlsref shares only
 *     X25519MLKEM768, unknown to SunJSSE 17, which asks for secp256r1</td><td>P-256</td>
 *     <td>none</td></tr>
 * <tr><td>KeyUpdate by tlsref</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td>
 *     <td>RSA-2048</td><td>none</td></tr>
 * <tr><td>KeyUpdate by SunJSSE (child JVM, jdk.tls.keyLimits 16 KiB)</td>
 *     <td>TLS_AES_128_GCM_SHA256</td><td>x25519</td><td>P-256</td><td>none</td></tr>
 * <tr><td>1 MiB echo</td><td>TLS_CHACHA20_POLY1305_SHA256</td><td>x25519</td>
 *     <td>P-256</td><td>required, client P-256</td></tr>
 * <tr><td>CCM</td><td colspan="4">SunJSSE implements neither CCM suite: a tlsref client offering
 *     only TLS_AES_128_CCM_SHA256 is refused with handshake_failure</td></tr>
 * <tr><td>KeyUpdate asked after tlsref's close_notify (child JVM)</td><td colspan="4">tlsref
 *     must not answer it (RFC 8446 §6.1)</td></tr>
 * </table>
 */
@Timeout(60)
class JsseServerInteropTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {44}).nextBytes(1 << 20);

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
                        ServerKey.ED25519).clientAuthenticatedBy(ClientKey.RSA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void handshakeAndEchoAgreeOnBothSides(Case c) throws Exception {
        Recorder recorder = new Recorder();
        try (SSLServerSocket listener = listen(c)) {
            Future<Jsse.View> served = executor.submit(() -> echo(listener));
            Session session;
            try (Socket socket = connect(listener);
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                byte[] ping = ascii("ping over " + c + "\n");
                tls.getOutputStream().write(ping);
                assertArrayEquals(ping, Tlsref.readExactly(tls.getInputStream(), ping.length));
                tls.shutdownOutput();
                assertEquals(0, Tlsref.readToEnd(tls.getInputStream(), 0).length,
                        "SunJSSE closes with close_notify");
                session = tls.session().orElseThrow();
            }
            Jsse.View view = served.get(20, TimeUnit.SECONDS);
            Tlsref.assertClientView(c, session, recorder);
            assertTrue(recorder.received(HelloRetryRequest.class).isEmpty(), recorder.summary());
            Jsse.assertServerSide(c, view);
        }
    }

    @Test
    void keyShareSunJsseDoesNotKnowIsRetriedAfterHelloRetryRequest() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.SECP256R1, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (SSLServerSocket listener = listen(c)) {
            Future<Jsse.View> served = executor.submit(() -> echo(listener));
            Session session;
            try (Socket socket = connect(listener);
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder)
                                    .supportedGroups(NamedGroup.X25519_MLKEM768,
                                            NamedGroup.SECP256R1)
                                    .keyShareGroups(NamedGroup.X25519_MLKEM768).build(),
                            InteropPki.SERVER_NAME)) {
                byte[] ping = ascii("after the retry\n");
                tls.getOutputStream().write(ping);
                assertArrayEquals(ping, Tlsref.readExactly(tls.getInputStream(), ping.length));
                tls.shutdownOutput();
                Tlsref.readToEnd(tls.getInputStream(), 0);
                session = tls.session().orElseThrow();
            }
            Jsse.View view = served.get(20, TimeUnit.SECONDS);
            List<HelloRetryRequest> retries = recorder.received(HelloRetryRequest.class);
            assertEquals(1, retries.size(), recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            Jsse.assertServerSide(c, view);
        }
    }

    @Test
    void keyUpdateRequestedByTlsrefIsAnsweredBySunJsse() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.X25519, ServerKey.RSA2048);
        Recorder recorder = new Recorder();
        try (SSLServerSocket listener = listen(c)) {
            Future<Jsse.View> served = executor.submit(() -> echo(listener));
            Session session;
            try (DrivenConnection tls = new DrivenConnection(connect(listener),
                    TlsClient.create(Tlsref.client(c, recorder).build(), InteropPki.SERVER_NAME))) {
                session = tls.handshake();
                byte[] before = ascii("before the key update\n");
                tls.write(before);
                assertArrayEquals(before, tls.readExactly(before.length));
                tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                byte[] after = ascii("under the next keys\n");
                tls.write(after);
                assertArrayEquals(after, tls.readExactly(after.length),
                        "SunJSSE decrypted under tlsref's new keys, and tlsref under SunJSSE's");
                assertTrue(tls.closeGracefully(), "close_notify both ways");
            }
            Jsse.View view = served.get(20, TimeUnit.SECONDS);
            assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesSent());
            assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                    recorder.keyUpdatesReceived(), recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            Jsse.assertServerSide(c, view);
        }
    }

    @Test
    void keyUpdatesStartedBySunJsseAreAnsweredByTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        byte[] data = RandomSources.seeded(new byte[] {45}).nextBytes(1 << 18);
        Recorder recorder = new Recorder();
        try (JsseChild server = JsseChild.server(c.serverKey().file, c.suite(), data.length)) {
            int port = server.awaitPort();
            Session session;
            try (Socket socket = new Socket(Loopback.ADDRESS, port);
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                socket.setSoTimeout((int) Loopback.WAIT.toMillis());
                Tlsref.echoInStep(tls, data, 1 << 14);
                assertEquals(0, Tlsref.readToEnd(tls.getInputStream(), 0).length,
                        "SunJSSE closes first");
                session = tls.session().orElseThrow();
            }
            assertEquals(0, server.awaitExit(), server.describe());
            assertTrue(server.output().contains("SESSION TLSv1.3 TLS_AES_128_GCM_SHA256"),
                    server.describe());
            assertTrue(server.output().contains("ECHOED " + data.length), server.describe());
            Tlsref.assertClientView(c, session, recorder);
            assertKeyUpdatesStartedByPeer(recorder, server);
        }
    }

    /**
     * RFC 8446 §6.1: close_notify "notifies the recipient that the sender will not send any more
     * messages on this connection", and §4.6.3 asks for the answering KeyUpdate only "prior to
     * sending its next Application Data record". tlsref sends data and close_notify back to
     * back; SunJSSE, echoing it, passes its 16 KiB key limit and asks for a KeyUpdate that
     * reaches tlsref after its close_notify. tlsref must not answer: nothing follows close_notify
     * (RFC 9846 §6.1). (Before the fix, TlsConnection applied the Traffic state's answer after
     * close().) SunJSSE's own reaction to the half-close is its business and only described.
     */
    @Test
    void keyUpdateRequestedAfterTlsrefClosedIsNotAnswered() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (JsseChild server = JsseChild.server(c.serverKey().file, c.suite(), -1)) {
            Socket socket = new Socket(Loopback.ADDRESS, server.awaitPort());
            socket.setSoTimeout((int) Loopback.WAIT.toMillis());
            Optional<TlsAlert> failure = Optional.empty();
            try (DrivenConnection tls = new DrivenConnection(socket,
                    TlsClient.create(Tlsref.client(c, recorder).build(), InteropPki.SERVER_NAME))) {
                tls.handshake();
                tls.write(new byte[20_000]);
                assertTrue(tls.closeGracefully(), "SunJSSE answers close_notify");
            } catch (TlsAlert alert) {
                failure = Optional.of(alert);
            }
            String context = recorder.summary() + "; the connection ended with "
                    + failure.map(TlsAlert::getMessage).orElse("both close_notify") + "\n"
                    + server.describe();
            assertTrue(recorder.keyUpdatesReceived().contains(KeyUpdateRequest.UPDATE_REQUESTED),
                    "SunJSSE asked after tlsref's close_notify; " + context);
            assertEquals(List.of(), recorder.keyUpdatesSent(),
                    "nothing may follow close_notify; " + context);
            // SunJSSE then fails its own pending KeyUpdate on the half-closed socket
            // ("Socket has been closed or broken" in SSLSocketImpl.tryKeyUpdate) and may send
            // unexpected_message; tlsref must only report what it received, never fail itself.
            failure.ifPresent(alert -> assertTrue(alert.reason().name().startsWith("RECEIVED_"),
                    "tlsref itself failed: " + context));
            server.awaitExit();
        }
    }

    @Test
    void oneMebibyteEchoesThroughSunJsse() throws Exception {
        Case c = Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.X25519,
                ServerKey.P256).clientAuthenticatedBy(ClientKey.P256);
        Recorder recorder = new Recorder();
        try (SSLServerSocket listener = listen(c)) {
            Future<Jsse.View> served = executor.submit(() -> echo(listener));
            Session session;
            try (Socket socket = connect(listener);
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                Tlsref.echoInStep(tls, ONE_MIB, 1 << 16);
                tls.shutdownOutput();
                Tlsref.readToEnd(tls.getInputStream(), 0);
                session = tls.session().orElseThrow();
            }
            Jsse.View view = served.get(20, TimeUnit.SECONDS);
            Tlsref.assertClientView(c, session, recorder);
            Jsse.assertServerSide(c, view);
        }
    }

    @Test
    void sunJsseHasNoCcmSuiteAndRefusesAClientOfferingOnlyCcm() throws Exception {
        assertFalse(Jsse.supportedCipherSuites().contains("TLS_AES_128_CCM_SHA256"));
        assertFalse(Jsse.supportedCipherSuites().contains("TLS_AES_128_CCM_8_SHA256"));
        Case c = Case.of(CipherSuite.TLS_AES_128_CCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        SSLContext context = Jsse.context(Optional.of(c.serverKey().file));
        try (SSLServerSocket listener = Jsse.listen(context, CipherSuite.TLS_AES_128_GCM_SHA256)) {
            Future<SSLException> served = executor.submit(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.setSoTimeout((int) Loopback.WAIT.toMillis());
                    return assertThrows(SSLException.class, socket::startHandshake);
                }
            });
            try (Socket socket = connect(listener);
                    TlsSocket tls = TlsSocket.client(socket, Tlsref.client(c, recorder).build(),
                            InteropPki.SERVER_NAME)) {
                TlsSocketException failure = assertThrows(TlsSocketException.class,
                        tls::startHandshake);
                assertEquals(new PeerAlert(AlertDescription.HANDSHAKE_FAILURE),
                        failure.alert().reason(), recorder.summary());
            }
            assertTrue(served.get(20, TimeUnit.SECONDS).getMessage().contains("cipher suite"),
                    "SunJSSE's reason: no common cipher suite");
        }
    }

    /** tlsref answered each KeyUpdate SunJSSE started, as both logs show. */
    static void assertKeyUpdatesStartedByPeer(Recorder recorder, JsseChild peer) {
        String context = recorder.summary() + "\n" + peer.describe();
        List<KeyUpdateRequest> received = recorder.keyUpdatesReceived();
        List<KeyUpdateRequest> sent = recorder.keyUpdatesSent();
        assertTrue(received.contains(KeyUpdateRequest.UPDATE_REQUESTED), context);
        assertFalse(sent.isEmpty(), "tlsref answered with KeyUpdates of its own; " + context);
        assertTrue(sent.stream().allMatch(KeyUpdateRequest.UPDATE_NOT_REQUESTED::equals),
                context);
        assertEquals(received.size(), peer.keyUpdatesProduced(),
                "KeyUpdates SunJSSE logged as produced; " + context);
        assertEquals(sent.size(), peer.keyUpdatesConsumed(),
                "KeyUpdates SunJSSE logged as consumed; " + context);
    }

    /** A SunJSSE server for the case: its certificate, client certificates required if asked. */
    private static SSLServerSocket listen(Case c) throws IOException {
        SSLServerSocket listener = Jsse.listen(Jsse.context(Optional.of(c.serverKey().file)),
                c.suite());
        listener.setNeedClientAuth(c.clientAuthenticated());
        return listener;
    }

    private static Socket connect(SSLServerSocket listener) throws IOException {
        Socket socket = new Socket(Loopback.ADDRESS, listener.getLocalPort());
        socket.setSoTimeout((int) Loopback.WAIT.toMillis());
        return socket;
    }

    /** Serves one connection: echoes everything until close_notify, then closes. */
    private static Jsse.View echo(SSLServerSocket listener) throws IOException {
        try (SSLSocket socket = (SSLSocket) listener.accept()) {
            socket.setSoTimeout((int) Loopback.WAIT.toMillis());
            socket.startHandshake();
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[1 << 14];
            for (int count; (count = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, count);
                out.flush();
            }
            return Jsse.View.of(socket.getSession());
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
