package org.tlsref.conformance.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real process started by a test (the tlsref tool in its own JVM, openssl, curl) with its
 * standard output and error collected as they come, waits that are always bounded, and
 * {@link #close()} that stops it. Works from the repository root, as a user would.
 */
final class RunningProcess implements AutoCloseable {
    /** The longest a test waits for any one thing (JVM start-up on a loaded machine included). */
    static final Duration WAIT = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final Collector stdout;
    private final Collector stderr;

    private RunningProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdout = Collector.start(process.getInputStream(), name + "-stdout");
        this.stderr = Collector.start(process.getErrorStream(), name + "-stderr");
    }

    /** Starts {@code command} in the repository root. */
    static RunningProcess start(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(root().toFile()).start();
            return new RunningProcess(command.get(0), process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Starts {@code tlsref args...} in a JVM of its own on the test class path. */
    static RunningProcess tlsref(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.tlsref.conformance.cli.Main"));
        command.addAll(List.of(args));
        return start(command);
    }

    /** The repository root: the parent of vectors/. */
    static Path root() {
        return Path.of(System.getProperty("tlsref.vectors")).toAbsolutePath().normalize().getParent();
    }

    /** A TCP port on 127.0.0.1 that was free a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes to the process's standard input. */
    void send(String text) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot write to standard input", e);
        }
    }

    /** Closes the process's standard input (end of input). */
    void endInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until standard output matches {@code regex}; returns the first group or the match. */
    String awaitStdout(String regex) {
        return stdout.await(Pattern.compile(regex), this);
    }

    /** Waits until standard error matches {@code regex}; returns the first group or the match. */
    String awaitStderr(String regex) {
        return stderr.await(Pattern.compile(regex), this);
    }

    /** Waits for the exit status. */
    int awaitExit() {
        try {
            if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not exit within " + WAIT + "\n" + output());
            }
            stdout.join();
            stderr.join();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String stdout() {
        return stdout.text();
    }

    String stderr() {
        return stderr.text();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return "--- " + name + " stdout:\n" + stdout() + "--- " + name + " stderr:\n" + stderr();
    }

    /** Stops the process (and anything it started) if it still runs. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Reads one stream of the process into memory on its own thread. */
    private static final class Collector implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Collector(InputStream in, String name) {
            this.in = in;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        static Collector start(InputStream in, String name) {
            Collector collector = new Collector(in, name);
            collector.thread.start();
            return collector;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                int count;
                while ((count = in.read(buffer)) >= 0) {
                    synchronized (bytes) {
                        bytes.write(buffer, 0, count);
                        bytes.notifyAll();
                    }
                }
            } catch (IOException e) {
                // The process ended; what was read is kept.
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        String await(Pattern pattern, RunningProcess owner) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            synchronized (bytes) {
                while (true) {
                    Matcher m = pattern.matcher(bytes.toString(StandardCharsets.UTF_8));
                    if (m.find()) {
                        return m.groupCount() > 0 ? m.group(1) : m.group();
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || (!thread.isAlive() && !owner.process.isAlive())) {
                        throw new AssertionError("no match for /" + pattern + "/ within " + WAIT
                                + "\n" + owner.output());
                    }
                    try {
                        bytes.wait(Math.min(200, Math.max(1, left / 1_000_000)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError("interrupted", e);
                    }
                }
            }
        }

        void join() throws InterruptedException {
            thread.join(WAIT.toMillis());
        }
    }
}
