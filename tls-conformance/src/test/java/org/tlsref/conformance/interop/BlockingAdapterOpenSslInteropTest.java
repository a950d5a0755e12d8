package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ServerKey;
import org.tlsref.conformance.interop.OpenSslPeer.Output;
import org.tlsref.conformance.interop.OpenSslTrace.Direction;
import org.tlsref.conformance.interop.PeerProcess.Relay;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsChannel;
import org.tlsref.engine.io.TlsSocket;

/**
 * Both blocking adapters, {@link TlsChannel} and {@link TlsSocket}, against OpenSSL 3 on each
 * side: tlsref's client against {@code openssl s_server}, and {@code openssl s_client} against
 * tlsref's server. Each case echoes data and has the adapter start a KeyUpdate with
 * update_requested (RFC 8446 §4.6.3) in the middle; OpenSSL's trace must show it received that
 * KeyUpdate and answered with its own, and the data after it must still arrive both ways.
 *
 * <table>
 * <caption>The cases (run for each adapter)</caption>
 * <tr><th>case</th><th>suite</th><th>group</th><th>server certificate</th></tr>
 * <tr><td>tlsref client, s_server echoing</td><td>TLS_AES_128_GCM_SHA256</td><td>x25519</td>
 *     <td>ECDSA P-256</td></tr>
 * <tr><td>s_client, tlsref server echoing</td><td>TLS_CHACHA20_POLY1305_SHA256</td>
 *     <td>secp256r1</td><td>Ed25519</td></tr>
 * </table>
 */
@Timeout(60)
class BlockingAdapterOpenSslInteropTest {
    /** Four records' worth, echoed a few times before and after the KeyUpdate. */
    private static final byte[] PIECE = RandomSources.seeded(new byte[] {44}).nextBytes(1 << 16);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(Adapter.class)
    void clientEchoesThroughOpenSslServerAndUpdatesKeys(Adapter adapter) throws Exception {
        Case c = Case.of(CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519, ServerKey.P256);
        Recorder recorder = new Recorder();
        try (OpenSslPeer server = OpenSslPeer.server(OpenSslPeer.options(
                        OpenSslPeer.suites(c.suite()), OpenSslPeer.groups(c.group()),
                        OpenSslPeer.serverIdentity(c.serverKey())),
                Output.BRIEF, Relay.STDOUT_TO_STDIN)) {
            Session session;
            try (Endpoint tls = adapter.connect(server, Tlsref.client(c, recorder).build())) {
                echoPieces(tls, 3);
                tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                echoPieces(tls, 3);
                tls.shutdownOutput();
                assertEquals(0, Tlsref.readToEnd(tls.in(), 0).length,
                        "s_server answers close_notify with close_notify");
                session = tls.session();
            }
            assertEquals(0, server.awaitExit(), server.describe());
            assertEquals(6 * PIECE.length, server.process().stdout().bytes().length,
                    "what s_server decrypted, before and after the KeyUpdate");
            assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), recorder.keyUpdatesSent());
            assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                    recorder.keyUpdatesReceived(), recorder.summary());
            Tlsref.assertClientView(c, session, recorder);
            OpenSslView.assertServerSide(c, server);
            OpenSslTrace trace = server.trace();
            assertEquals(1, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest(),
                    server.describe());
            assertEquals(0, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest());
        }
    }

    @ParameterizedTest
    @EnumSource(Adapter.class)
    void serverEchoesForOpenSslClientAndUpdatesKeys(Adapter adapter) throws Exception {
        Case c = Case.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, NamedGroup.SECP256R1,
                ServerKey.ED25519);
        Recorder recorder = new Recorder();
        try (Listening listener = adapter.listen()) {
            Future<Session> served = executor.submit(() -> {
                try (Endpoint tls = listener.accept(Tlsref.server(c, recorder).build())) {
                    echoLine(tls, "one\n");
                    tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                    echoLine(tls, "two\n");
                    echoLine(tls, "three\n");
                    tls.shutdownOutput();
                    assertEquals(0, Tlsref.readToEnd(tls.in(), 0).length);
                    return tls.session();
                }
            });
            try (OpenSslPeer client = OpenSslPeer.client(listener.port(), OpenSslPeer.options(
                    OpenSslPeer.verifyServer(), OpenSslPeer.suites(c.suite()),
                    OpenSslPeer.groups(c.group())), Output.BRIEF)) {
                client.process().type("one\n");
                client.awaitStdout("one\n");
                client.process().type("two\n");
                client.awaitStdout("one\ntwo\n");
                client.process().type("three\n");
                Session session = served.get(20, TimeUnit.SECONDS);
                assertEquals(0, client.awaitExit(), client.describe());
                assertEquals("one\ntwo\nthree\n", client.process().stdout().text(),
                        "what s_client decrypted, before and after the KeyUpdate");
                assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED),
                        recorder.keyUpdatesSent());
                assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED),
                        recorder.keyUpdatesReceived(), recorder.summary());
                Tlsref.assertServerView(c, session, recorder);
                OpenSslView.assertClientSide(c, client);
                OpenSslTrace trace = client.trace();
                assertEquals(1, trace.only(Direction.RECEIVED, "KeyUpdate").keyUpdateRequest(),
                        client.describe());
                assertEquals(0, trace.only(Direction.SENT, "KeyUpdate").keyUpdateRequest());
            }
        }
    }

    /** Writes {@link #PIECE} {@code times}, reading each echo before the next. */
    private static void echoPieces(Endpoint tls, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            tls.out().write(PIECE);
            assertArrayEquals(PIECE, Tlsref.readExactly(tls.in(), PIECE.length));
        }
    }

    /** Reads {@code line} and writes it back. */
    private static void echoLine(Endpoint tls, String line) throws IOException {
        byte[] expected = line.getBytes(StandardCharsets.US_ASCII);
        byte[] received = Tlsref.readExactly(tls.in(), expected.length);
        assertArrayEquals(expected, received, "s_client's data");
        tls.out().write(received);
    }

    /** tlsref's side of a case through one adapter: streams of application data and controls. */
    private interface Endpoint extends AutoCloseable {
        InputStream in();

        OutputStream out();

        void keyUpdate(KeyUpdateRequest request) throws IOException;

        void shutdownOutput() throws IOException;

        Session session();

        @Override
        void close() throws IOException;
    }

    /** A listening socket of 127.0.0.1 that serves one connection through an adapter. */
    private interface Listening extends AutoCloseable {
        int port();

        Endpoint accept(TlsConfig config) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** The adapter under test. */
    enum Adapter {
        /** {@link TlsChannel} over a SocketChannel; its streams are {@link Channels}' views. */
        TLS_CHANNEL {
            @Override
            Endpoint connect(OpenSslPeer server, TlsConfig config) throws IOException {
                return over(TlsChannel.client(server.connectChannel(), config,
                        InteropPki.SERVER_NAME));
            }

            @Override
            Listening listen() throws IOException {
                ServerSocketChannel listener = ServerSocketChannel.open()
                        .bind(new InetSocketAddress(Loopback.ADDRESS, 0), 1);
                return new Listening() {
                    @Override
                    public int port() {
                        return listener.socket().getLocalPort();
                    }

                    @Override
                    public Endpoint accept(TlsConfig config) throws IOException {
                        return over(TlsChannel.server(listener.accept(), config));
                    }

                    @Override
                    public void close() throws IOException {
                        listener.close();
                    }
                };
            }
        },
        /** {@link TlsSocket} over a Socket with a read timeout. */
        TLS_SOCKET {
            @Override
            Endpoint connect(OpenSslPeer server, TlsConfig config) throws IOException {
                return over(TlsSocket.client(server.connect(), config, InteropPki.SERVER_NAME));
            }

            @Override
            Listening listen() throws IOException {
                ServerSocket listener = Loopback.listen();
                return new Listening() {
                    @Override
                    public int port() {
                        return listener.getLocalPort();
                    }

                    @Override
                    public Endpoint accept(TlsConfig config) throws IOException {
                        return over(TlsSocket.server(Loopback.accept(listener), config));
                    }

                    @Override
                    public void close() throws IOException {
                        listener.close();
                    }
                };
            }
        };

        /** A client connected to {@code server}. */
        abstract Endpoint connect(OpenSslPeer server, TlsConfig config) throws IOException;

        /** A listener for one connection. */
        abstract Listening listen() throws IOException;

        private static Endpoint over(TlsChannel tls) {
            InputStream in = Channels.newInputStream(tls);
            OutputStream out = Channels.newOutputStream(tls);
            return new Endpoint() {
                @Override
                public InputStream in() {
                    return in;
                }

                @Override
                public OutputStream out() {
                    return out;
                }

                @Override
                public void keyUpdate(KeyUpdateRequest request) throws IOException {
                    tls.keyUpdate(request);
                }

                @Override
                public void shutdownOutput() throws IOException {
                    tls.shutdownOutput();
                }

                @Override
                public Session session() {
                    return tls.session().orElseThrow();
                }

                @Override
                public void close() throws IOException {
                    tls.close();
                }
            };
        }

        private static Endpoint over(TlsSocket tls) {
            return new Endpoint() {
                @Override
                public InputStream in() {
                    return tls.getInputStream();
                }

                @Override
                public OutputStream out() {
                    return tls.getOutputStream();
                }

                @Override
                public void keyUpdate(KeyUpdateRequest request) throws IOException {
                    tls.keyUpdate(request);
                }

                @Override
                public void shutdownOutput() throws IOException {
                    tls.shutdownOutput();
                }

                @Override
                public Session session() {
                    return tls.session().orElseThrow();
                }

                @Override
                public void close() throws IOException {
                    tls.close();
                }
            };
        }
    }
}
