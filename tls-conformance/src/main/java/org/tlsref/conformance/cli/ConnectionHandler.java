package org.tlsref.conformance.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.conformance.dissect.TreePrinter;
import org.tlsref.conformance.trace.Perspective;
import org.tlsref.conformance.trace.SessionNotes;
import org.tlsref.conformance.trace.Side;
import org.tlsref.conformance.trace.Trace;
import org.tlsref.conformance.trace.TracePrinter;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;
import org.tlsref.engine.io.TlsSocketException;

/**
 * Serves one accepted connection of {@code tlsref server}: the handshake with its trace, then the
 * mode's exchange. Every failure ends this connection only, with a line that says what happened
 * (which alert, sent or received, and why); nothing it does can stop the server.
 */
final class ConnectionHandler {
    /** The largest HTTP request head read in --www mode. */
    private static final int MAX_REQUEST = 16 * 1024;
    /** How long a closing connection waits for the client's close_notify. */
    private static final int LINGER_MILLIS = 2000;

    private final Supplier<TlsConfig.Builder> configs;
    private final ServerMode mode;
    private final int timeoutMillis;
    private final ConsoleForwarder console;

    ConnectionHandler(Supplier<TlsConfig.Builder> configs, ServerMode mode, int timeoutMillis,
            ConsoleForwarder console) {
        this.configs = configs;
        this.mode = mode;
        this.timeoutMillis = timeoutMillis;
        this.console = console;
    }

    /** Serves {@code socket} and closes it; logs instead of throwing. */
    void serve(Socket socket, int number, ConnectionLog log) {
        log.say("connection from " + socket.getRemoteSocketAddress());
        String phase = " during the handshake";
        try {
            socket.setSoTimeout(timeoutMillis);
            Trace trace = log.trace();
            TlsSocket tls = TlsSocket.server(socket, configs.get()
                    .listener(trace.listener(Side.SERVER, Perspective.ONE_ENDPOINT)).build());
            tls.startHandshake();
            phase = " after the handshake";
            Session session = tls.session().orElseThrow();
            log.detail(TracePrinter.text("negotiated:", SessionNotes.negotiated(Side.SERVER, session)));
            exchange(tls, socket, number, session, log);
        } catch (TlsSocketException e) {
            log.say("failed" + phase + ": " + Failures.describe(e.alert(), Side.SERVER));
            drainQuietly(socket);
        } catch (EOFException e) {
            log.say("the client closed the connection" + phase + " without close_notify");
        } catch (SocketTimeoutException e) {
            log.say("nothing from the client for " + timeoutMillis / 1000 + " s" + phase
                    + "; closing");
        } catch (IOException e) {
            log.say("I/O error" + phase + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.say("internal error" + phase + " (a bug in tlsref; this connection is dropped, "
                    + "the server goes on): " + e);
        } finally {
            console.detach();
            closeQuietly(socket);
        }
        log.say("connection closed");
    }

    /**
     * After a fatal alert: stops sending and reads, for a moment, what the client still sends,
     * so that closing the socket with unread input does not reset the connection before the
     * client has read the alert.
     */
    private static void drainQuietly(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] discard = new byte[4096];
            long total = 0;
            int count;
            while (total < MAX_REQUEST * 4L && (count = in.read(discard)) >= 0) {
                total += count;
            }
        } catch (IOException e) {
            // The client is gone or silent: nothing more to wait for.
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that failed: nothing to report beyond the failure itself.
        }
    }

    private void exchange(TlsSocket tls, Socket socket, int number, Session session,
            ConnectionLog log) throws IOException {
        if (mode == ServerMode.WWW) {
            www(tls, number, session, socket, log);
        } else if (mode == ServerMode.ECHO) {
            echo(tls, log);
        } else {
            socket.setSoTimeout(0);
            console.attach(tls);
            copy(tls.getInputStream(), System.out);
            log.say("the client sent close_notify");
            tls.close();
        }
    }

    private void echo(TlsSocket tls, ConnectionLog log) throws IOException {
        long total = copy(tls.getInputStream(), tls.getOutputStream());
        log.say("the client sent close_notify after " + total + " bytes, all echoed");
        tls.close();
    }

    /** Copies until the peer's close_notify; returns the number of bytes. */
    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 14];
        long total = 0;
        int count;
        while ((count = in.read(buffer)) >= 0) {
            out.write(buffer, 0, count);
            out.flush();
            total += count;
        }
        return total;
    }

    private void www(TlsSocket tls, int number, Session session, Socket socket, ConnectionLog log)
            throws IOException {
        String request = requestHead(tls.getInputStream());
        String requestLine = request.lines().findFirst().orElse("");
        log.say("request: " + (requestLine.isEmpty() ? "(none)" : requestLine));
        byte[] body = page(number, session, requestLine).getBytes(StandardCharsets.UTF_8);
        String head = (requestLine.isEmpty() ? "HTTP/1.0 400 Bad Request" : "HTTP/1.0 200 OK")
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        OutputStream out = tls.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        tls.shutdownOutput();
        linger(tls, socket);
    }

    /** The request head: bytes up to the blank line, or all the client sent before closing. */
    private static String requestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (head.size() < MAX_REQUEST) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n") || text.endsWith("\n\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String page(int number, Session session, String requestLine) {
        List<Node> facts = new ArrayList<>(SessionNotes.negotiated(Side.SERVER, session));
        facts.add(0, Node.leaf("connection", "#" + number));
        facts.add(Node.leaf("request", requestLine.isEmpty() ? "(none)" : requestLine));
        return "tlsref server: your TLS session\n\n" + TreePrinter.text(facts);
    }

    /**
     * Waits briefly for the client's close_notify after ours, so that closing the socket does
     * not reset a connection whose last data the client has not read yet.
     */
    private static void linger(TlsSocket tls, Socket socket) throws IOException {
        socket.setSoTimeout(LINGER_MILLIS);
        byte[] discard = new byte[4096];
        try {
            while (tls.getInputStream().read(discard) >= 0) {
                // Data after the response is not read by anyone; only the close matters.
            }
        } catch (SocketTimeoutException | EOFException e) {
            // The client did not close in time, or closed the transport: either way, done.
        }
    }
}
