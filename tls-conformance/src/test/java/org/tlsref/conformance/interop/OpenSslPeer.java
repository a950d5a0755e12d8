package org.tlsref.conformance.interop;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;

/**
 * An {@code openssl s_server} or {@code s_client} process (OpenSSL 3.0 or later) with its trace
 * file: started on 127.0.0.1 only, on a free port, stopped by {@link #close()}.
 *
 * <p>Every peer runs with {@code -trace -msgfile}, so that its own view of each message can be
 * asserted ({@link OpenSslTrace}); in {@link Output#BRIEF} mode its standard output carries only
 * application data and its standard error the connection summary ({@link OpenSslSummary}). In
 * {@link Output#INTERACTIVE} mode its standard input takes OpenSSL's command letters ({@code K}
 * and {@code k} send a KeyUpdate, with and without update_requested), which is how the tests make
 * OpenSSL start a KeyUpdate.
 *
 * <p>One process per case: starting s_server or s_client costs a few milliseconds, and a whole
 * case, handshake included, 50 to 150 ms, so sharing a server across cases ({@code -naccept N})
 * would save little and mix the output and trace of several connections.
 *
 * <p>The executable is {@code openssl} on the PATH, or the system property {@code tlsref.openssl};
 * it must be OpenSSL 3 (LibreSSL has neither {@code -trace} nor these outputs): anything else fails
 * the tests, it never skips them.
 */
final class OpenSslPeer implements AutoCloseable {
    /** The bound on a peer's whole life in one test. */
    static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);
    /** The bound on any one wait for the peer or the network. */
    static final Duration WAIT = Loopback.WAIT;

    private static String verifiedExecutable;

    /** How the peer uses its standard streams. */
    enum Output {
        /** {@code -brief} (and {@code -nocommands}): stdout is application data only, stdin is sent as it is. */
        BRIEF,
        /** Command letters on stdin (s_server without {@code -brief}; s_client with). */
        INTERACTIVE
    }

    private final PeerProcess process;
    private final Path traceFile;
    private final int port;

    private OpenSslPeer(PeerProcess process, Path traceFile, int port) {
        this.process = process;
        this.traceFile = traceFile;
        this.port = port;
    }

    /**
     * Starts {@code openssl s_server} for one connection ({@code -naccept 1}) on a free port of
     * 127.0.0.1; connect with {@link #connect()}.
     */
    static OpenSslPeer server(List<String> options, Output output, PeerProcess.Relay relay) {
        int port = Loopback.freePort();
        List<String> command = new ArrayList<>(List.of(executable(), "s_server",
                "-accept", "127.0.0.1:" + port, "-naccept", "1"));
        if (output == Output.BRIEF) {
            command.add("-brief");
        }
        return start(command, options, relay, port);
    }

    /** Starts {@code openssl s_client} against 127.0.0.1:{@code port}. */
    static OpenSslPeer client(int port, List<String> options, Output output) {
        List<String> command = new ArrayList<>(List.of(executable(), "s_client",
                "-connect", "127.0.0.1:" + port, "-brief"));
        if (output == Output.BRIEF) {
            // -brief alone still reads command letters: a chunk of data starting with K, k, Q
            // or R would be taken as a command, not sent.
            command.add("-nocommands");
        }
        return start(command, options, PeerProcess.Relay.NONE, port);
    }

    private static OpenSslPeer start(List<String> command, List<String> options,
            PeerProcess.Relay relay, int port) {
        Path trace;
        try {
            trace = Files.createTempFile("tlsref-openssl-trace", ".txt");
        } catch (IOException e) {
            throw new AssertionError("cannot create a trace file", e);
        }
        command.addAll(List.of("-trace", "-msgfile", trace.toString()));
        command.addAll(options);
        return new OpenSslPeer(PeerProcess.start(command, relay), trace, port);
    }

    /**
     * Connects to this s_server once it listens: connection refused is retried until
     * {@link #WAIT}; the server exiting first (a bad option, a port taken) fails at once.
     */
    Socket connect() throws IOException {
        return whenListening(() -> {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(Loopback.ADDRESS, port), (int) WAIT.toMillis());
                socket.setSoTimeout((int) WAIT.toMillis());
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        });
    }

    /**
     * Like {@link #connect()}, as a blocking {@link SocketChannel}; a channel's reads have no
     * timeout, so the test's own timeout bounds them (its interrupt closes the channel).
     */
    SocketChannel connectChannel() throws IOException {
        return whenListening(
                () -> SocketChannel.open(new InetSocketAddress(Loopback.ADDRESS, port)));
    }

    /** One attempt to connect, refused while s_server does not listen yet. */
    private interface Attempt<T> {
        T connect() throws IOException;
    }

    private <T> T whenListening(Attempt<T> attempt) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("s_server exited before listening\n" + process.describe());
            }
            try {
                return attempt.connect();
            } catch (ConnectException refused) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("s_server did not listen within " + WAIT + "\n"
                            + process.describe());
                }
                sleep(10);
            }
        }
    }

    /** Waits until the peer's stdout shows {@code text}; fails with the peer's whole story. */
    void awaitStdout(String text) {
        awaitStdout(text, WAIT);
    }

    /** Waits at most {@code timeout} until the peer's stdout shows {@code text}. */
    void awaitStdout(String text, Duration timeout) {
        await(process.stdout(), text, timeout);
    }

    /** Waits until the peer's stderr shows {@code text}; fails with the peer's whole story. */
    void awaitStderr(String text) {
        await(process.stderr(), text, WAIT);
    }

    private void await(PeerProcess.Capture capture, String text, Duration timeout) {
        try {
            capture.awaitText(text, timeout);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + describe(), e);
        }
    }

    /** The process, for its streams. */
    PeerProcess process() {
        return process;
    }

    /** Waits for the peer to exit; returns its status. */
    int awaitExit() {
        return process.awaitExit(EXIT_TIMEOUT);
    }

    /** The -brief connection summary printed so far. */
    OpenSslSummary summary() {
        return OpenSslSummary.parse(process.stderr().text());
    }

    /** The peer's trace; complete only once the peer exited ({@link #awaitExit()}). */
    OpenSslTrace trace() {
        return OpenSslTrace.read(traceFile);
    }

    /** Command line, stderr and message summary, for failure messages. */
    String describe() {
        String messages;
        try {
            messages = OpenSslTrace.parse(Files.readString(traceFile, StandardCharsets.ISO_8859_1))
                    .summary();
        } catch (IOException | AssertionError e) {
            messages = " (no trace: " + e.getMessage() + ")";
        }
        return process.describe() + "\nits messages:" + messages;
    }

    @Override
    public void close() throws IOException {
        try {
            process.close();
        } finally {
            Files.deleteIfExists(traceFile);
        }
    }

    /** {@code -ciphersuites}: the TLS 1.3 suites, in order (CCM suites must be named to be on). */
    static List<String> suites(CipherSuite... suites) {
        StringJoiner names = new StringJoiner(":");
        for (CipherSuite suite : suites) {
            names.add(suite.name().orElseThrow());
        }
        return List.of("-ciphersuites", names.toString());
    }

    /** {@code -groups}: the groups in order; a client sends its key share for the first only. */
    static List<String> groups(NamedGroup... groups) {
        StringJoiner names = new StringJoiner(":");
        for (NamedGroup group : groups) {
            names.add(openSslName(group));
        }
        return List.of("-groups", names.toString());
    }

    /** OpenSSL's name of {@code group}. */
    static String openSslName(NamedGroup group) {
        if (group.equals(NamedGroup.X25519)) {
            return "X25519";
        } else if (group.equals(NamedGroup.SECP256R1)) {
            return "P-256";
        } else if (group.equals(NamedGroup.SECP384R1)) {
            return "P-384";
        }
        throw new IllegalArgumentException("no OpenSSL 3.0 name for " + group);
    }

    /** s_server's certificate, key and intermediate. */
    static List<String> serverIdentity(ServerKey key) {
        return InteropPki.openSslIdentity("-cert", "-key", "-cert_chain", key.file);
    }

    /** s_client's certificate, key and intermediate, sent when asked. */
    static List<String> clientIdentity(ClientKey key) {
        return InteropPki.openSslIdentity("-cert", "-key", "-cert_chain", key.file);
    }

    /** s_server requires a client certificate and fails the handshake unless it verifies. */
    static List<String> requireClientCertificate() {
        return List.of("-Verify", "2", "-CAfile", InteropPki.path("root-ca.pem").toString(),
                "-verify_return_error");
    }

    /** s_client sends server_name and fails the handshake unless the server's chain and name verify. */
    static List<String> verifyServer() {
        return List.of("-servername", InteropPki.SERVER_NAME,
                "-verify_hostname", InteropPki.SERVER_NAME,
                "-CAfile", InteropPki.path("root-ca.pem").toString(), "-verify_return_error");
    }

    /** Concatenates option lists. */
    @SafeVarargs
    static List<String> options(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** The OpenSSL executable, checked once to be OpenSSL 3. */
    static synchronized String executable() {
        if (verifiedExecutable == null) {
            String candidate = System.getProperty("tlsref.openssl", "openssl");
            PeerProcess version = PeerProcess.start(List.of(candidate, "version"),
                    PeerProcess.Relay.NONE);
            try (version) {
                int status = version.awaitExit(WAIT);
                String text = version.stdout().text().trim();
                if (status != 0 || !text.startsWith("OpenSSL 3.")) {
                    throw new AssertionError("the interop tests need OpenSSL 3 as '" + candidate
                            + "' (set -Dtlsref.openssl=/path/to/openssl); it printed: " + text
                            + "\n" + version.describe());
                }
            }
            verifiedExecutable = candidate;
        }
        return verifiedExecutable;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
