package org.tlsref.conformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tlsref server}: accepts TLS 1.3 connections on 127.0.0.1 (by default), printing each
 * handshake's trace on standard error, and serves them concurrently up to a bound, until stopped.
 * A client that fails or misbehaves ends only its own connection.
 */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Accept TLS 1.3 connections, print each handshake's annotated trace on "
                + "standard error (lines prefixed [#N] for connection N), and serve them: relay "
                + "standard input and output (the default, one connection at a time), --echo, or "
                + "--www. Runs until stopped (Ctrl-C) or --count connections.",
                "Without --cert the server uses the TEST certificate of vectors/pki "
                        + "(server-p256.pem), whose private key is public: for demonstrations "
                        + "only; it says so when it starts."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped after --count connections (failed connections included)",
                "2:usage or configuration error (bad option, unreadable PEM, no test PKI)",
                "3:cannot listen on the address and port"})
final class ServerCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8443",
            description = "The TCP port; 0 picks a free one, printed at start (default: "
                    + "${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine "
                    + "only).")
    private String bind;

    @Option(names = "--client-auth", paramLabel = "MODE", defaultValue = "none",
            description = "Ask for a client certificate: ${COMPLETION-CANDIDATES} (default: "
                    + "${DEFAULT-VALUE}); checked against --ca.")
    private ClientAuthentication clientAuth;

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "16",
            description = "Connections served at once, at most (default: ${DEFAULT-VALUE}); "
                    + "more wait in the listen queue. The relay mode serves one at a time.")
    private int maxConnections;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N connections (default: 0, never).")
    private int count;

    @Option(names = "--pki", paramLabel = "DIR",
            description = "The test PKI folder used when --cert (or --ca) is absent.")
    private Optional<Path> pki;

    @Mixin
    private TlsOptions options;

    /** The modes: relay (neither option), --echo or --www. */
    static final class Mode {
        @Option(names = "--www", description = "Answer each HTTP request with a page describing "
                + "the negotiated session, then close (as openssl s_server -www).")
        boolean www;

        @Option(names = "--echo", description = "Send back every byte the client sends.")
        boolean echo;

        ServerMode mode() {
            return www ? ServerMode.WWW : echo ? ServerMode.ECHO : ServerMode.RELAY;
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ConnectionLog log = ConnectionLog.of(err, "", options);
        Supplier<TlsConfig.Builder> configs;
        try {
            configs = configs(log);
        } catch (IllegalArgumentException e) {
            log.say("tlsref server: " + e.getMessage());
            return Failures.USAGE;
        }
        ServerMode serverMode = mode.mode();
        int concurrency = serverMode == ServerMode.RELAY ? 1 : Math.max(1, maxConnections);
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getByName(bind), port), 50);
            log.say("tlsref server: listening on " + bind + ":" + listener.getLocalPort()
                    + " (TLS 1.3, " + serverMode.name().toLowerCase(Locale.ROOT)
                    + " mode, at most " + concurrency + " connection(s) at a time"
                    + (count > 0 ? ", stopping after " + count : ", Ctrl-C stops") + ")");
            ConsoleForwarder console = serverMode == ServerMode.RELAY
                    ? ConsoleForwarder.start(System.in, log) : ConsoleForwarder.none(log);
            ConnectionHandler handler = new ConnectionHandler(configs, serverMode,
                    options.timeoutMillis(), console);
            serve(listener, handler, concurrency, err);
            return Failures.OK;
        } catch (IOException e) {
            log.say("tlsref server: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return Failures.NETWORK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Failures.OK;
        }
    }

    /**
     * Accepts connections and hands each to a pool thread; a permit per connection bounds how
     * many are served at once, so further clients wait in the listen queue, not in memory.
     */
    private void serve(ServerSocket listener, ConnectionHandler handler, int concurrency,
            PrintWriter err) throws IOException, InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency,
                task -> new Thread(task, "tlsref-connection-" + threads.incrementAndGet()));
        try {
            for (int accepted = 1; count == 0 || accepted <= count; accepted++) {
                permits.acquire();
                Socket socket = listener.accept();
                int number = accepted;
                ConnectionLog log = ConnectionLog.of(err, "[#" + number + "] ", options);
                pool.execute(() -> {
                    try {
                        handler.serve(socket, number, log);
                    } finally {
                        permits.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(options.timeoutSeconds + 5L, TimeUnit.SECONDS);
        }
    }

    /** A fresh builder per connection (each has its own trace listener), checked once here. */
    private Supplier<TlsConfig.Builder> configs(ConnectionLog log) {
        CertifiedKey identity = options.identity().orElseGet(() -> {
            TestPki testPki = TestPki.locate(pki);
            log.say("tlsref server: WARNING: no --cert given: serving the TEST certificate "
                    + testPki.file("server-p256.pem") + " (localhost, server.tlsref.test, "
                    + "127.0.0.1), whose private key is public; for demonstrations only");
            return testPki.server(CertificateKind.P256);
        });
        List<X509Certificate> anchors = options.anchors().orElseGet(() -> {
            if (clientAuth == ClientAuthentication.NONE) {
                return List.of();
            }
            TestPki testPki = TestPki.locate(pki);
            log.say("tlsref server: WARNING: no --ca given: client certificates are checked "
                    + "against the TEST root " + testPki.file("root-ca.pem"));
            return testPki.anchors();
        });
        Supplier<TlsConfig.Builder> configs = () -> {
            TlsConfig.Builder builder = TlsConfig.builder().certifiedKeys(identity)
                    .trustAnchors(anchors).clientAuthentication(clientAuth);
            options.applyTo(builder);
            return builder;
        };
        configs.get().build().checkForServer();
        return configs;
    }
}
