package org.tlsref.conformance.interop;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.handshake.Session;

/**
 * A {@link TlsConnection} driven over a socket by one thread, for the cases where tlsref itself
 * starts a KeyUpdate and the test watches each record go out: these cases exercise the sans-I/O
 * connection's own KeyUpdate path, below the blocking adapters (whose
 * {@code keyUpdate} {@code BlockingAdapterOpenSslInteropTest} covers). Deliberately minimal:
 * single-threaded, blocking, every read bounded by the socket's SO_TIMEOUT.
 */
final class DrivenConnection implements AutoCloseable {
    private final Socket socket;
    private final TlsConnection connection;
    private final InputStream networkIn;
    private final OutputStream networkOut;
    private final ByteBuffer inbound = ByteBuffer.allocate(1 << 17).flip();
    private final ByteBuffer outbound = ByteBuffer.allocate(1 << 17);

    DrivenConnection(Socket socket, TlsConnection connection) throws IOException {
        this.socket = socket;
        this.connection = connection;
        this.networkIn = socket.getInputStream();
        this.networkOut = socket.getOutputStream();
    }

    /** Runs the handshake to completion. */
    Session handshake() throws IOException {
        flush();
        while (!connection.handshakeComplete()) {
            pull();
        }
        return connection.session().orElseThrow();
    }

    /** Encrypts and sends {@code data}. */
    void write(byte[] data) throws IOException {
        connection.write(ByteBuffer.wrap(data));
        flush();
    }

    /** Sends a KeyUpdate (RFC 8446 §4.6.3). */
    void keyUpdate(KeyUpdateRequest request) throws IOException {
        connection.keyUpdate(request);
        flush();
    }

    /** Reads exactly {@code length} bytes of application data. */
    byte[] readExactly(int length) throws IOException {
        ByteBuffer into = ByteBuffer.allocate(length);
        while (into.hasRemaining()) {
            int count = connection.read(into);
            if (count < 0) {
                throw new EOFException("close_notify after " + into.position() + " of " + length
                        + " bytes: " + Arrays.toString(Arrays.copyOf(into.array(), into.position())));
            }
            if (count == 0) {
                pull();
            }
        }
        return into.array();
    }

    /**
     * Closes gracefully: sends close_notify, then reads (and drops) what the peer still sends
     * until its close_notify or the end of the transport, and returns whether the peer's
     * close_notify came.
     */
    boolean closeGracefully() throws IOException {
        connection.close();
        flush();
        ByteBuffer discard = ByteBuffer.allocate(1 << 14);
        while (true) {
            discard.clear();
            if (connection.read(discard) < 0) {
                return true;
            }
            if (discard.position() == 0 && !pullOrEnd()) {
                return connection.peerClosed();
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Blocks for network bytes and hands them to the connection; flushes what it answers. */
    private void pull() throws IOException {
        if (!pullOrEnd()) {
            throw new EOFException("the transport closed before the peer's close_notify");
        }
    }

    /** Hands the connection what is buffered if it takes some, else what the network brings. */
    private boolean pullOrEnd() throws IOException {
        int buffered = inbound.remaining();
        if (buffered > 0) {
            receive();
            if (inbound.remaining() < buffered) {
                return true;
            }
        }
        inbound.compact();
        int count = networkIn.read(inbound.array(), inbound.position(), inbound.remaining());
        if (count < 0) {
            inbound.flip();
            return false;
        }
        inbound.position(inbound.position() + count).flip();
        receive();
        return true;
    }

    private void receive() throws IOException {
        try {
            connection.receive(inbound);
        } finally {
            flush();
        }
    }

    private void flush() throws IOException {
        while (true) {
            outbound.clear();
            connection.transmit(outbound);
            if (outbound.position() == 0) {
                networkOut.flush();
                return;
            }
            networkOut.write(outbound.array(), 0, outbound.position());
        }
    }
}
