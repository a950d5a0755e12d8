package org.tlsref.conformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.tlsref.engine.io.TlsSocket;

/**
 * The server's standard input in relay mode: one daemon thread reads it for the whole run and
 * sends each chunk to the connection being served, if any (input typed between connections is
 * dropped, with a note). The end of input changes nothing: connections are still served and
 * their data still printed.
 */
final class ConsoleForwarder implements Runnable {
    private final InputStream in;
    private final ConnectionLog log;
    private final AtomicReference<Optional<TlsSocket>> current =
            new AtomicReference<>(Optional.empty());

    private ConsoleForwarder(InputStream in, ConnectionLog log) {
        this.in = in;
        this.log = log;
    }

    /** Starts reading {@code in}. */
    static ConsoleForwarder start(InputStream in, ConnectionLog log) {
        ConsoleForwarder forwarder = new ConsoleForwarder(in, log);
        Thread thread = new Thread(forwarder, "tlsref-server-stdin");
        thread.setDaemon(true);
        thread.start();
        return forwarder;
    }

    /** A forwarder that reads nothing, for the modes that do not relay standard input. */
    static ConsoleForwarder none(ConnectionLog log) {
        return new ConsoleForwarder(InputStream.nullInputStream(), log);
    }

    /** From now on input goes to {@code tls}. */
    void attach(TlsSocket tls) {
        current.set(Optional.of(tls));
    }

    /** From now on input is dropped. */
    void detach() {
        current.set(Optional.empty());
    }

    @Override
    public void run() {
        byte[] buffer = new byte[1 << 14];
        try {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                Optional<TlsSocket> tls = current.get();
                if (tls.isEmpty()) {
                    log.say("tlsref server: no connection; " + count + " bytes of input dropped");
                    continue;
                }
                try {
                    tls.get().getOutputStream().write(buffer, 0, count);
                } catch (IOException e) {
                    log.say("tlsref server: cannot send input to the client: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            log.say("tlsref server: standard input failed: " + e.getMessage());
        }
    }
}
