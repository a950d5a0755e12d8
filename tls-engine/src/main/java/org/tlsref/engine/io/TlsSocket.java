package org.tlsref.engine.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;

/**
 * A blocking adapter that runs a {@link TlsConnection} over a connected {@link Socket}: the only
 * I/O in the engine (STYLE.md, "Packages"). The handshake runs on {@link #startHandshake()} or on
 * first use of the streams; application data goes through {@link #getInputStream()} and
 * {@link #getOutputStream()}.
 *
 * <p>A {@link TlsAlert} from the connection (after its alert has been sent) surfaces as a
 * {@link TlsSocketException}. A transport that closes before the peer's close_notify is
 * reported as an {@link EOFException}, not as the end of the data: RFC 9846 §6.1, "the TLS
 * implementation MUST receive a "close_notify" alert before indicating end-of-data to the
 * application layer".
 *
 * <p>One thread may read while another writes; the connection itself is used under a lock.
 */
public final class TlsSocket implements Closeable {
    private static final int NETWORK_BUFFER = 1 << 16;

    private final Socket socket;
    private final TlsConnection connection;
    private final InputStream networkIn;
    private final OutputStream networkOut;
    private final ByteBuffer inbound = ByteBuffer.allocate(NETWORK_BUFFER);
    private final byte[] outbound = new byte[NETWORK_BUFFER];
    private final Object sending = new Object();
    private final InputStream applicationIn = new ApplicationInput();
    private final OutputStream applicationOut = new ApplicationOutput();

    private TlsSocket(Socket socket, TlsConnection connection) throws IOException {
        this.socket = socket;
        this.connection = connection;
        this.networkIn = socket.getInputStream();
        this.networkOut = socket.getOutputStream();
        inbound.flip();
    }

    /** A client over {@code socket}, already connected to the server named {@code serverName}. */
    public static TlsSocket client(Socket socket, TlsConfig config, String serverName)
            throws IOException {
        return new TlsSocket(socket, TlsClient.create(config, serverName));
    }

    /** A server over {@code socket}, as returned by {@code ServerSocket.accept()}. */
    public static TlsSocket server(Socket socket, TlsConfig config) throws IOException {
        return new TlsSocket(socket, TlsServer.create(config));
    }

    /**
     * Runs the handshake to completion, if it has not already completed.
     *
     * @throws TlsSocketException when it fails with an alert
     * @throws EOFException when the peer closes the transport, or sends close_notify, first
     */
    public void startHandshake() throws IOException {
        flush();
        while (!isHandshakeComplete()) {
            synchronized (connection) {
                if (connection.peerClosed()) {
                    throw new EOFException("the peer sent close_notify during the handshake");
                }
            }
            readRecords();
            flush();
        }
    }

    /** What the handshake negotiated, once complete. */
    public Optional<Session> session() {
        synchronized (connection) {
            return connection.session();
        }
    }

    /** The decrypted application data from the peer, after the handshake. */
    public InputStream getInputStream() {
        return applicationIn;
    }

    /** Application data to the peer, encrypted; each write is sent at once. */
    public OutputStream getOutputStream() {
        return applicationOut;
    }

    /**
     * Half-closes: sends close_notify and shuts the socket's output (RFC 9846 §6.1); the peer's
     * data can still be read.
     */
    public void shutdownOutput() throws IOException {
        synchronized (connection) {
            connection.close();
        }
        flush();
        socket.shutdownOutput();
    }

    /** Sends close_notify (unless already sent or failed) and closes the socket. */
    @Override
    public void close() throws IOException {
        try {
            synchronized (connection) {
                connection.close();
            }
            flush();
        } finally {
            socket.close();
        }
    }

    private boolean isHandshakeComplete() {
        synchronized (connection) {
            return connection.handshakeComplete();
        }
    }

    /** Blocks for network bytes and hands them to the connection. */
    private void readRecords() throws IOException {
        byte[] chunk = new byte[NETWORK_BUFFER];
        int room;
        synchronized (inbound) {
            room = inbound.capacity() - inbound.remaining();
        }
        int count = networkIn.read(chunk, 0, Math.max(1, Math.min(chunk.length, room)));
        if (count < 0) {
            throw new EOFException("the transport closed before the peer's close_notify");
        }
        synchronized (inbound) {
            inbound.compact().put(chunk, 0, count).flip();
            feed();
        }
    }

    /** Hands buffered network bytes to the connection; flushes what it answers. */
    private void feed() throws IOException {
        try {
            synchronized (connection) {
                connection.receive(inbound);
            }
        } catch (TlsAlert alert) {
            flushQuietly();
            throw new TlsSocketException(alert);
        }
        flush();
    }

    /**
     * Sends what the connection has queued. One sender at a time: a writer and a reader answering
     * a KeyUpdate may flush together, and the shared buffer and the order of records on the wire
     * must stay whole (the connection lock is taken inside, never the other way round).
     */
    private void flush() throws IOException {
        synchronized (sending) {
            while (true) {
                ByteBuffer chunk = ByteBuffer.wrap(outbound);
                synchronized (connection) {
                    connection.transmit(chunk);
                }
                if (chunk.position() == 0) {
                    networkOut.flush();
                    return;
                }
                networkOut.write(outbound, 0, chunk.position());
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException ignored) {
            // The alert could not be delivered; the failure is reported all the same.
        }
    }

    /** Reads application data, running the handshake first. */
    private final class ApplicationInput extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int count = read(one, 0, 1);
            return count < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            startHandshake();
            while (true) {
                int count;
                synchronized (connection) {
                    count = connection.read(ByteBuffer.wrap(buffer, offset, length));
                }
                if (count != 0) {
                    return count;
                }
                synchronized (inbound) {
                    if (inbound.hasRemaining()) {
                        feed();
                        continue;
                    }
                }
                readRecords();
            }
        }

        @Override
        public int available() {
            synchronized (connection) {
                return connection.available();
            }
        }
    }

    /** Writes application data, running the handshake first. */
    private final class ApplicationOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            startHandshake();
            try {
                synchronized (connection) {
                    connection.write(ByteBuffer.wrap(buffer, offset, length));
                }
            } catch (TlsAlert alert) {
                flushQuietly();
                throw new TlsSocketException(alert);
            }
            TlsSocket.this.flush();
        }

        /** Every write is already on the wire when it returns; this sends anything still queued. */
        @Override
        public void flush() throws IOException {
            TlsSocket.this.flush();
        }
    }
}
