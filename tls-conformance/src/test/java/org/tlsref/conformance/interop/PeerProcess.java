package org.tlsref.conformance.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real peer started as a process (OpenSSL, or a SunJSSE child JVM) under the interop house
 * rules: its output is captured by daemon threads, every wait is bounded, and {@link #close()}
 * stops it (destroy, then destroyForcibly) so a hung peer fails its test instead of hanging the
 * build.
 */
final class PeerProcess implements AutoCloseable {
    /** How long {@link #close()} gives the process after each signal. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    /** Where the standard output goes besides the capture. */
    enum Relay {
        /** Only captured. */
        NONE,
        /**
         * Also written back into the process's own standard input, as it arrives: with
         * {@code s_server -brief}, whatever the client sends comes back to it (an echo).
         */
        STDOUT_TO_STDIN
    }

    private final List<String> command;
    private final Process process;
    private final Capture stdout = new Capture();
    private final Capture stderr = new Capture();
    private final Thread stdoutPump;
    private final Thread stderrPump;

    private PeerProcess(List<String> command, Process process, Relay relay) {
        this.command = List.copyOf(command);
        this.process = process;
        OutputStream echo = relay == Relay.STDOUT_TO_STDIN ? process.getOutputStream() : null;
        this.stdoutPump = pump(process.getInputStream(), stdout, echo, "stdout");
        this.stderrPump = pump(process.getErrorStream(), stderr, null, "stderr");
    }

    /** Starts {@code command}; its output is captured from the first byte. */
    static PeerProcess start(List<String> command, Relay relay) {
        try {
            Process process = new ProcessBuilder(command).start();
            return new PeerProcess(command, process, relay);
        } catch (IOException e) {
            throw new AssertionError("cannot start the peer " + command, e);
        }
    }

    /** The standard output so far and to come. */
    Capture stdout() {
        return stdout;
    }

    /** The standard error so far and to come. */
    Capture stderr() {
        return stderr;
    }

    /** Writes {@code text} to the standard input and flushes it. */
    void type(String text) {
        write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code bytes} to the standard input and flushes them. */
    void write(byte[] bytes) {
        try {
            OutputStream in = process.getOutputStream();
            in.write(bytes);
            in.flush();
        } catch (IOException e) {
            throw new AssertionError("the peer's stdin is closed\n" + describe(), e);
        }
    }

    /** True while the process runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end, and then for its output to be read to the end.
     *
     * @return the exit status
     * @throws AssertionError when it still runs after {@code timeout}
     */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the peer did not exit within " + timeout + "\n"
                        + describe());
            }
            stdoutPump.join(STOP_GRACE.toMillis());
            stderrPump.join(STOP_GRACE.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the peer", e);
        }
    }

    /** The command line and what the process wrote to stderr, for failure messages. */
    String describe() {
        return "peer: " + String.join(" ", command) + "\n--- its stderr ---\n" + stderr.text()
                + "--- end of its stderr ---";
    }

    /** Stops the process: destroy, then destroyForcibly if it lingers. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The process may already be gone; stopping it is all that matters here.
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread pump(InputStream from, Capture into, OutputStream echo, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[1 << 16];
            try {
                for (int count; (count = from.read(buffer)) >= 0; ) {
                    into.append(buffer, count);
                    if (echo != null) {
                        echo.write(buffer, 0, count);
                        echo.flush();
                    }
                }
            } catch (IOException ended) {
                // The process closed its side or was stopped; the capture holds what came.
            } finally {
                into.end();
            }
        }, "peer " + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Bytes a process wrote, readable while they grow, with bounded waits. */
    static final class Capture {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean ended;

        synchronized void append(byte[] buffer, int count) {
            bytes.write(buffer, 0, count);
            notifyAll();
        }

        synchronized void end() {
            ended = true;
            notifyAll();
        }

        /** Everything so far. */
        synchronized byte[] bytes() {
            return bytes.toByteArray();
        }

        /** Everything so far, as text. */
        synchronized String text() {
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }

        /**
         * Waits until the text contains {@code expected}.
         *
         * @throws AssertionError when it does not within {@code timeout}, or the stream ended
         *     without it
         */
        synchronized void awaitText(String expected, Duration timeout) {
            awaitUntil(() -> text().contains(expected), timeout, "\"" + expected + "\"");
        }

        /** Waits until at least {@code count} bytes came. */
        synchronized void awaitLength(int count, Duration timeout) {
            awaitUntil(() -> bytes.size() >= count, timeout, count + " bytes");
        }

        private void awaitUntil(java.util.function.BooleanSupplier done, Duration timeout,
                String what) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (!done.getAsBoolean()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || ended) {
                        throw new AssertionError((ended ? "the stream ended" : "timed out after "
                                + timeout) + " waiting for " + what + "; got " + bytes.size()
                                + " bytes:\n" + tail());
                    }
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }

        private String tail() {
            String text = text();
            return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
        }
    }
}
