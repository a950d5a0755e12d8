package org.tlsref.conformance.interop;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tlsref.api.registry.CipherSuite;

/**
 * A SunJSSE peer in a child JVM ({@link JssePeerMain}), for the KeyUpdate SunJSSE starts itself:
 * its key stores are written to a temporary folder, its own log ({@code javax.net.debug}) is its
 * view of each KeyUpdate, and {@link #close()} stops it and removes the folder.
 */
final class JsseChild implements AutoCloseable {
    /** A child JVM starts, loads JSSE and handshakes in well under this. */
    static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern LISTENING = Pattern.compile("LISTENING (\\d+)");

    private final PeerProcess process;
    private final Path folder;

    private JsseChild(PeerProcess process, Path folder) {
        this.process = process;
        this.folder = folder;
    }

    /**
     * A SunJSSE server with {@code identity}, echoing {@code length} bytes of one connection
     * and then closing first; with -1, echoing until the client's close_notify.
     */
    static JsseChild server(String identity, CipherSuite suite, long length) throws Exception {
        return start(Optional.of(identity), List.of("server"), suite,
                List.of(String.valueOf(length)));
    }

    /**
     * A SunJSSE client that sends {@code length} bytes to 127.0.0.1:{@code port}, checks the
     * echo, and closes first.
     */
    static JsseChild client(int port, CipherSuite suite, int length) throws Exception {
        return start(Optional.empty(), List.of("client"), suite,
                List.of(String.valueOf(port), String.valueOf(length)));
    }

    private static JsseChild start(Optional<String> identity, List<String> role, CipherSuite suite,
            List<String> rest) throws IOException, GeneralSecurityException, URISyntaxException {
        Path folder = Files.createTempDirectory("tlsref-jsse-peer");
        Path keys = folder.resolve("keys.p12");
        Path trust = folder.resolve("trust.p12");
        Jsse.write(Jsse.keyStore(identity), keys);
        Jsse.write(Jsse.trustStore(), trust);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djavax.net.debug=ssl:handshake",
                "-cp", classPath(), JssePeerMain.class.getName()));
        command.addAll(role);
        command.addAll(List.of(keys.toString(), trust.toString(), suite.name().orElseThrow()));
        command.addAll(rest);
        return new JsseChild(PeerProcess.start(command, PeerProcess.Relay.NONE), folder);
    }

    /** The port a child server listens on, once it says so. */
    int awaitPort() {
        process.stdout().awaitText("\n", EXIT_TIMEOUT);
        Matcher m = LISTENING.matcher(process.stdout().text());
        if (!m.find()) {
            throw new AssertionError("the SunJSSE child did not listen\n" + process.describe());
        }
        return Integer.parseInt(m.group(1));
    }

    /** Waits for the child to exit; returns its status. */
    int awaitExit() {
        return process.awaitExit(EXIT_TIMEOUT);
    }

    /** What the child printed on stdout: LISTENING, SESSION, ECHOED lines. */
    String output() {
        return process.stdout().text();
    }

    /** How many KeyUpdates SunJSSE's own log says it produced. */
    int keyUpdatesProduced() {
        return count("Produced KeyUpdate post-handshake message");
    }

    /** How many KeyUpdates SunJSSE's own log says it consumed. */
    int keyUpdatesConsumed() {
        return count("Consuming KeyUpdate post-handshake message");
    }

    /** Command line and log, for failure messages (the log is long: its tail). */
    String describe() {
        String all = process.describe();
        return all.length() <= 6000 ? all : "..." + all.substring(all.length() - 6000);
    }

    @Override
    public void close() throws IOException {
        try {
            process.close();
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private int count(String text) {
        String log = process.stderr().text();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    /** The folder (or jar) the test classes were loaded from: JssePeerMain needs only the JDK. */
    private static String classPath() throws URISyntaxException {
        return Path.of(JssePeerMain.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
    }
}
