package org.tlsref.conformance.interop;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The network rules of the interop tests: 127.0.0.1 only, free ports, and a bound on every
 * blocking wait ({@link #WAIT}) so that a silent peer fails a test instead of hanging the build.
 */
final class Loopback {
    /** The bound on any one wait for a peer or the network. */
    static final Duration WAIT = Duration.ofSeconds(10);
    /** The address every peer binds and connects to. */
    static final InetAddress ADDRESS = address();

    private Loopback() {
    }

    /** A listening socket on a free port of 127.0.0.1 whose accept waits at most {@link #WAIT}. */
    static ServerSocket listen() throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, ADDRESS);
        listener.setSoTimeout((int) WAIT.toMillis());
        return listener;
    }

    /** The next connection, whose reads wait at most {@link #WAIT}. */
    static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        socket.setSoTimeout((int) WAIT.toMillis());
        return socket;
    }

    /** A port free a moment ago, for a peer that must be told its port. */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, ADDRESS)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free port on 127.0.0.1", e);
        }
    }

    /**
     * After a failed handshake whose alert was already sent: half-closes and reads what the peer
     * still sends until it closes (bounded), so that closing does not reset the connection
     * before the peer read the alert.
     */
    static void drainAndClose(Socket socket) throws IOException {
        try (socket) {
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] discard = new byte[4096];
            while (in.read(discard) >= 0) {
                // The peer's remaining records are of no interest after the failure.
            }
        } catch (SocketTimeoutException | java.net.SocketException gone) {
            // The peer neither closed nor spoke within the bound, or already reset: stop here.
        }
    }

    private static InetAddress address() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
