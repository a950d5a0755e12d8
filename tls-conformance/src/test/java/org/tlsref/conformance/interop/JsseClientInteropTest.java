package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
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
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.extension.KeyShareClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;
import org.tlsref.engine.io.TlsSocketException;

/**
 * tlsref's TLS 1.3 server against the JDK's SunJSSE client ({@link SSLSocket}, in process);
 * tlsref echoes; both sides' view asserted: tlsref's {@link Session} and messages
 * ({@link Recorder}), SunJSSE's {@link javax.net.ssl.SSLSession} (protocol, suite, both chains).
 * SunJSSE 17 always offers its default groups with key shares for x25519 and secp256r1 (see
 * {@link Jsse}), so a tlsref server restricted to secp384r1 must ask for it with a
 * HelloRetryRequest: the matrix asserts SunJSSE's shares, and a retry exactly in that case.
 *
 * <table>
 * <caption>The matrix covered (every value SunJSSE supports, at least once)</caption>
 * <tr><th>case</th><th>suite</th><th>group</th><th>server certificate / scheme</th>
 *     <th>client auth</th></tr>
 * <tr><td>matrix 1</td><td>TLS_AES_128_GCM_SHA256</td><td>secp384r1 (after a retry)</td>
 *     <td>ECDSA P-256 / ecdsa_secp256r1_sha256</td><td>required, client RSA</td></tr>
 * <tr><td>matrix 2</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td>
 *     <td>Ed25519 / ed25519</td><td>none</td></tr>
 * <tr><td>matrix 3</td><td>TLS_CHACHA20_POLY1305_SHA256</td><td>secp256r1</td>
 *     <td>RSA-2048 / rsa_pss_rsae_sha256</td><td>required, client P-256</td></tr>
 * <tr><td>HelloRetryRequest</td><td>TLS_AES_128_GCM_SHA256</td><td>tlsref supports x25519 and
 *     secp256r1 but prefers secp384r1, so it asks for it</td><td>P-256</td><td>none</td></tr>
 * <tr><td>KeyUpdate by tlsref</td><td>TLS_AES_256_GCM_SHA384</td><td>x25519</td>
 *     <td>RSA-2048</td><td>none</td></tr>
 * <tr><td>KeyUpdate by SunJSSE (child JVM, jdk.tls.keyLimits 16 KiB)</td>
 *     <td>TLS_CHACHA20_POLY1305_SHA256</td><td>x25519</td><td>Ed25519</td><td>none</td></tr>
 * <tr><td>1 MiB echo</td><td>TLS_AES_128_GCM_SHA256</td><td>x25519</td><td>RSA-2048</td>
 *     <td>required, client RSA</td></tr>
 * <tr><td>CCM</td><td colspan="4">SunJSSE offers no CCM suite: a tlsref server allowing only
 *     TLS_AES_128_CCM_8_SHA256 refuses it with handshake_failure</td></tr>
 * </table>
 */
@Timeout(60)
class JsseClientInteropTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {46}).nextBytes(1 << 20);
    /** What SunJSSE 17 shares in its first ClientHello: the first XDH and the first ECDHE group. */
    private static final List<NamedGroup> SUN_JSSE_SHARES =
            List.of(NamedGroup.X25519, NamedGroup.SECP256R1);

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
                        ServerKey.RSA2048).clientAuthenticatedBy(ClientKey.P256));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void handshakeAndEchoAgreeOnBothSides(Case c) throws Exception {
        Recorder recorder = new Recorder();
        assertEchoed(c, Tlsref.server(c, recorder).build(), recorder,
                ascii("ping over " + c + "\n"));
        List<ClientHello> hellos = recorder.received(ClientHello.class);
        assertEquals(SUN_JSSE_SHARES, shares(hellos.get(0)), recorder.summary());
        boolean retry = !SUN_JSSE_SHARES.contains(c.group());
        assertEquals(retry ? 1 : 0, recorder.sent(HelloRetryRequest.class).size(),
                "a retry exactly when SunJSSE shared no key for the group; " + recorder.summary());
        assertEquals(retry ? List.of(c.group()) : SUN_JSSE_SHARES,
                shares(hellos.get(hellos.size() - 1)), recorder.summary());
    }

    @Test
    void serverPreferringSecp384r1AsksSunJsseForItWithHelloRetryRequest() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.SECP384R1, ServerKey.P256);
        Recorder recorder = new Recorder();
        TlsConfig config = Tlsref.server(c, recorder)
                .supportedGroups(NamedGroup.SECP384R1, NamedGroup.X25519, NamedGroup.SECP256R1)
                .build();
        assertEchoed(c, config, recorder, ascii("after the retry\n"));
        assertEquals(1, recorder.sent(HelloRetryRequest.class).size(), recorder.summary());
        List<ClientHello> hellos = recorder.received(ClientHello.class);
        assertEquals(2, hellos.size(), recorder.summary());
        assertEquals(List.of(NamedGroup.SECP384R1), shares(hellos.get(1)));
    }

    @Test
    void keyUpdateRequestedByTlsrefIsAnsweredBySunJsse() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.X25519, ServerKey.RSA2048);
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
                            "SunJSSE's data under its new keys");
                    assertTrue(tls.closeGracefully(), "close_notify both ways");
                    return session;
                }
            });
            Jsse.View view;
            try (SSLSocket client = connect(listener, c)) {
                client.getOutputStream().write(ascii("one\n"));
                assertArrayEquals(ascii("two\n"), client.getInputStream().readNBytes(4));
                client.getOutputStream().write(ascii("three\n"));
                assertEquals(-1, client.getInputStream().read(), "tlsref's close_notify");
                view = Jsse.View.of(client.getSession());
            }
            Session session = served.get(20, TimeUnit.SECONDS);
            assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesSent());
            assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                    recorder.keyUpdatesReceived(), recorder.summary());
            Tlsref.assertServerView(c, session, recorder);
            Jsse.assertClientSide(c, view);
        }
    }

    @Test
    void keyUpdatesStartedBySunJsseAreAnsweredByTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.X25519,
                ServerKey.ED25519);
        int length = 1 << 18;
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(() -> echo(listener,
                    Tlsref.server(c, recorder).build(), length, Closing.PEER_FIRST));
            try (JsseChild client = JsseChild.client(listener.getLocalPort(), c.suite(), length)) {
                Session session = served.get(30, TimeUnit.SECONDS);
                assertEquals(0, client.awaitExit(), client.describe());
                assertTrue(client.output().contains("SESSION TLSv1.3 " + c.suite().name()
                        .orElseThrow()), client.describe());
                assertTrue(client.output().contains("ECHOED " + length), client.describe());
                Tlsref.assertServerView(c, session, recorder);
                JsseServerInteropTest.assertKeyUpdatesStartedByPeer(recorder, client);
            }
        }
    }

    @Test
    void oneMebibyteEchoesThroughTlsref() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.RSA2048)
                .clientAuthenticatedBy(ClientKey.RSA);
        Recorder recorder = new Recorder();
        assertEchoed(c, Tlsref.server(c, recorder).build(), recorder, ONE_MIB);
    }

    @Test
    void ccmOnlyServerRefusesSunJsseWhichOffersNoCcm() throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_CCM_8_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (ServerSocket listener = Loopback.listen()) {
            Future<TlsSocketException> served = executor.submit(() -> {
                TlsSocket tls = TlsSocket.server(Loopback.accept(listener),
                        Tlsref.server(c, recorder).build());
                try (tls) {
                    return assertThrows(TlsSocketException.class, tls::startHandshake);
                }
            });
            SSLContext context = Jsse.context(Optional.empty());
            try (SSLSocket client = Jsse.connect(context, listener.getLocalPort(),
                    CipherSuite.TLS_AES_128_GCM_SHA256)) {
                SSLParameters parameters = client.getSSLParameters();
                parameters.setCipherSuites(context.getDefaultSSLParameters().getCipherSuites());
                client.setSSLParameters(parameters);
                SSLException refused = assertThrows(SSLException.class, client::startHandshake);
                assertTrue(refused.getMessage().contains("handshake_failure"),
                        refused.getMessage());
            }
            TlsSocketException failure = served.get(20, TimeUnit.SECONDS);
            assertEquals(AlertDescription.HANDSHAKE_FAILURE, failure.alert().description());
            assertEquals(List.of(AlertDescription.HANDSHAKE_FAILURE), recorder.alertsSent());
        }
    }

    /**
     * SunJSSE sends {@code data} to tlsref's server, which echoes it; both sides then check what
     * they negotiated.
     */
    private void assertEchoed(Case c, TlsConfig config, Recorder recorder, byte[] data)
            throws Exception {
        try (ServerSocket listener = Loopback.listen()) {
            Future<Session> served = executor.submit(
                    () -> echo(listener, config, data.length, Closing.TLSREF_FIRST));
            Jsse.View view;
            try (SSLSocket client = connect(listener, c)) {
                client.startHandshake();
                Future<byte[]> echoed = executor.submit(
                        () -> client.getInputStream().readNBytes(data.length));
                client.getOutputStream().write(data);
                client.getOutputStream().flush();
                assertArrayEquals(data, echoed.get(30, TimeUnit.SECONDS));
                assertEquals(-1, client.getInputStream().read(), "tlsref's close_notify");
                view = Jsse.View.of(client.getSession());
            }
            Session session = served.get(20, TimeUnit.SECONDS);
            Tlsref.assertServerView(c, session, recorder);
            Jsse.assertClientSide(c, view);
        }
    }

    /** A SunJSSE client for the case, holding the case's client certificate if any. */
    private static SSLSocket connect(ServerSocket listener, Case c) throws IOException {
        SSLContext context = Jsse.context(c.clientKey().map(key -> key.file));
        return Jsse.connect(context, listener.getLocalPort(), c.suite());
    }

    /** Which side sends close_notify first once the data is through. */
    private enum Closing { TLSREF_FIRST, PEER_FIRST }

    /**
     * Serves one connection: echoes {@code length} bytes as they come, then closes: with
     * close_notify before reading the client's, or after it.
     */
    private static Session echo(ServerSocket listener, TlsConfig config, int length,
            Closing closing) throws IOException {
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
            if (closing == Closing.TLSREF_FIRST) {
                tls.shutdownOutput();
            }
            assertEquals(0, Tlsref.readToEnd(tls.getInputStream(), 0).length);
            return tls.session().orElseThrow();
        }
    }

    /** The groups of a ClientHello's key shares, in order. */
    private static List<NamedGroup> shares(ClientHello hello) {
        return hello.extensions().find(KeyShareClientHello.class).orElseThrow().clientShares()
                .stream().map(KeyShareEntry::group).toList();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
