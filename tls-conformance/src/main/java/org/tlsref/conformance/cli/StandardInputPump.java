package org.tlsref.conformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.tlsref.engine.io.TlsSocket;

/**
 * Copies standard input to a TLS connection on a daemon thread (a blocked console read cannot be
 * interrupted, so the thread never holds the program open); at the end of input it sends
 * close_notify, half-closing the connection.
 */
final class StandardInputPump implements Runnable {
    private static final long NOT_FINISHED = -1;

    private final InputStream in;
    private final TlsSocket tls;
    private final AtomicLong finishedAt = new AtomicLong(NOT_FINISHED);
    private final AtomicReference<IOException> failure = new AtomicReference<>();

    private StandardInputPump(InputStream in, TlsSocket tls) {
        this.in = in;
        this.tls = tls;
    }

    /** Starts copying {@code in} to {@code tls}. */
    static StandardInputPump start(InputStream in, TlsSocket tls) {
        StandardInputPump pump = new StandardInputPump(in, tls);
        Thread thread = new Thread(pump, "tlsref-stdin");
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[1 << 14];
        try {
            OutputStream toPeer = tls.getOutputStream();
            int count;
            while ((count = in.read(buffer)) >= 0) {
                toPeer.write(buffer, 0, count);
            }
            tls.shutdownOutput();
        } catch (IOException e) {
            failure.set(e);
        } finally {
            finishedAt.set(System.nanoTime());
        }
    }

    /** True once input ended (or failed) more than {@code millis} ago. */
    boolean finishedLongerThan(long millis) {
        long at = finishedAt.get();
        return at != NOT_FINISHED && System.nanoTime() - at > millis * 1_000_000L;
    }

    /** Why sending stopped early, if it did. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure.get());
    }
}
