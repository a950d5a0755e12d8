package org.tlsref.conformance.cli;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.conformance.trace.Perspective;
import org.tlsref.conformance.trace.SessionNotes;
import org.tlsref.conformance.trace.Side;
import org.tlsref.conformance.trace.Trace;
import org.tlsref.conformance.trace.TracePrinter;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.io.TlsSocket;
import org.tlsref.engine.io.TlsSocketException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tlsref client HOST:PORT}: connects, runs the TLS 1.3 handshake printing its trace on
 * standard error, then relays standard input to the server and the server's data to standard
 * output, as {@code openssl s_client} does. At the end of standard input it sends close_notify
 * and keeps printing until the server closes.
 */
@Command(name = "client", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Connect to HOST:PORT with TLS 1.3, print the annotated handshake trace "
                + "on standard error, then relay standard input to the server and what it sends "
                + "to standard output.",
                "The server's certificate is always verified: its chain against --ca (default: "
                        + "the JDK's trust store) and its name against --servername (default: "
                        + "HOST). At the end of standard input the client sends close_notify and "
                        + "waits (up to --timeout) for the server to close."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the connection closed cleanly (close_notify)",
                "1:a TLS alert ended the connection (sent or received; the message names it)",
                "2:usage or configuration error (bad option, unreadable PEM)",
                "3:network failure: unknown host, refused, timed out, or closed without close_notify"})
final class ClientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "HOST:PORT", description = "The server, e.g. 127.0.0.1:8443 or "
            + "[::1]:8443 or example.com:443.")
    private String target;

    @Option(names = "--servername", paramLabel = "NAME", description = "The name sent in "
            + "server_name and checked in the server's certificate (default: HOST).")
    private Optional<String> serverName;

    @Mixin
    private TlsOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ConnectionLog log = ConnectionLog.of(err, "", options);
        Endpoint endpoint;
        TlsConfig.Builder config;
        try {
            endpoint = Endpoint.parse(target);
            config = config();
        } catch (IllegalArgumentException e) {
            log.say("tlsref client: " + e.getMessage());
            return Failures.USAGE;
        }
        String name = serverName.orElse(endpoint.host());
        Trace trace = log.trace();
        config.listener(trace.listener(Side.CLIENT, Perspective.ONE_ENDPOINT));
        log.say("tlsref client: connecting to " + endpoint + " (server name " + name + ", trust: "
                + options.ca.map(Object::toString).orElse("the JDK's trust store") + ")");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()),
                    options.timeoutMillis());
            socket.setSoTimeout(options.timeoutMillis());
            TlsSocket tls = TlsSocket.client(socket, config.build(), name);
            return session(tls, socket, log);
        } catch (IllegalArgumentException e) {
            log.say("tlsref client: " + e.getMessage());
            return Failures.USAGE;
        } catch (UnknownHostException e) {
            log.say("tlsref client: unknown host " + endpoint.host());
            return Failures.NETWORK;
        } catch (ConnectException e) {
            log.say("tlsref client: cannot connect to " + endpoint + ": " + e.getMessage());
            return Failures.NETWORK;
        } catch (IOException e) {
            log.say("tlsref client: " + endpoint + ": " + e);
            return Failures.NETWORK;
        }
    }

    /** Trust from --ca or the JDK, identity from --cert and --key, negotiation options. */
    private TlsConfig.Builder config() {
        TlsConfig.Builder builder = TlsConfig.builder()
                .trustAnchors(options.anchors().orElseGet(TlsOptions::systemAnchors));
        options.identity().ifPresent(builder::certifiedKeys);
        options.applyTo(builder);
        return builder;
    }

    /** The handshake, then the relay; returns the exit status. */
    private int session(TlsSocket tls, Socket socket, ConnectionLog log) throws IOException {
        try {
            tls.startHandshake();
        } catch (TlsSocketException e) {
            log.say("tlsref client: handshake failed: " + Failures.describe(e.alert(), Side.CLIENT)
                    + trustHint(e));
            return Failures.TLS_FAILURE;
        } catch (EOFException e) {
            log.say("tlsref client: the server closed the connection during the handshake");
            return Failures.NETWORK;
        } catch (SocketTimeoutException e) {
            log.say("tlsref client: no answer from the server within " + options.timeoutSeconds
                    + " s during the handshake");
            return Failures.NETWORK;
        }
        log.detail(TracePrinter.text("negotiated:",
                SessionNotes.negotiated(Side.CLIENT, tls.session().orElseThrow())));
        log.say("tlsref client: handshake complete; relaying standard input and output");
        return relay(tls, socket, log);
    }

    private String trustHint(TlsSocketException e) {
        return e.alert().description().equals(AlertDescription.UNKNOWN_CA) && options.ca.isEmpty()
                ? " (no --ca was given, so the JDK's trust store was used; for the test PKI "
                        + "add --ca vectors/pki/root-ca.pem)" : "";
    }

    /**
     * Standard input goes to the server on a second thread; the server's data comes to standard
     * output here, until the server's close_notify.
     */
    private int relay(TlsSocket tls, Socket socket, ConnectionLog log) throws IOException {
        StandardInputPump pump = StandardInputPump.start(System.in, tls);
        socket.setSoTimeout(250);
        OutputStream stdout = System.out;
        InputStream fromServer = tls.getInputStream();
        byte[] buffer = new byte[1 << 14];
        try {
            while (true) {
                int count;
                try {
                    count = fromServer.read(buffer);
                } catch (SocketTimeoutException idle) {
                    if (pump.finishedLongerThan(options.timeoutMillis())) {
                        log.say("tlsref client: the server did not close within "
                                + options.timeoutSeconds + " s of the end of input; closing");
                        tls.close();
                        return Failures.OK;
                    }
                    continue;
                }
                if (count < 0) {
                    Optional<IOException> sendFailure = pump.failure();
                    log.say("tlsref client: the server sent close_notify; closing");
                    tls.close();
                    sendFailure.ifPresent(f -> log.say("tlsref client: sending failed: " + f));
                    return sendFailure.isPresent() ? Failures.NETWORK : Failures.OK;
                }
                stdout.write(buffer, 0, count);
                stdout.flush();
            }
        } catch (TlsSocketException e) {
            log.say("tlsref client: connection failed: " + Failures.describe(e.alert(), Side.CLIENT));
            return Failures.TLS_FAILURE;
        } catch (EOFException e) {
            log.say("tlsref client: the server closed the connection without close_notify "
                    + "(RFC 9846 §6.1: the data may have been truncated)");
            return Failures.NETWORK;
        }
    }
}
