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
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;

/**
 * A blocking adapter that runs a {@link TlsConnection} over a connected {@link Socket}: with
 * {@link TlsChannel}, the only I/O in the engine (STYLE.md, "Packages"). The handshake runs on
 * {@link #startHandshake()} or on first use of the streams; application data goes through
 * {@link #getInputStream()} and {@link #getOutputStream()}.
 *
 * <p>A {@link TlsAlert} from the connection (after its alert has been sent) surfaces as a
 * {@link TlsSocketException}. A transport that closes before the peer's close_notify is
 * reported as an {@link EOFException}, not as the end of the data: RFC 9846 §6.1, "the TLS
 * implementation MUST receive a "close_notify" alert before indicating end-of-data to the
 * application layer".
 *
 * <p>One thread may read while another writes (see {@link BlockingConnection}). A read blocks
 * no longer than the socket's SO_TIMEOUT, if one is set.
 */
public final class TlsSocket implements Closeable {
    private final BlockingConnection tls;
    private final InputStream applicationIn = new ApplicationInput();
    private final OutputStream applicationOut = new ApplicationOutput();

    private TlsSocket(Socket socket, TlsConnection connection) throws IOException {
        this.tls = new BlockingConnection(connection, new SocketTransport(socket));
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
        tls.startHandshake();
    }

    /** What the handshake negotiated, once complete. */
    public Optional<Session> session() {
        return tls.session();
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
     * Updates this side's sending keys with a KeyUpdate (RFC 8446 §4.6.3) and sends it at once,
     * after the handshake; {@link KeyUpdateRequest#UPDATE_REQUESTED} asks the peer to update its
     * own, which it does before its next application data.
     *
     * @throws TlsSocketException when the connection failed
     * @throws IOException after close_notify was sent
     */
    public void keyUpdate(KeyUpdateRequest request) throws IOException {
        tls.keyUpdate(request);
    }

    /**
     * Keying material exported from the connection (RFC 8446 §7.5), after the handshake.
     *
     * @param label the exporter label
     * @param context the context value; {@link Bytes#EMPTY} for none
     * @param length the number of bytes
     */
    public Secret exportKeyingMaterial(String label, Bytes context, int length)
            throws IOException {
        return tls.exportKeyingMaterial(label, context, length);
    }

    /**
     * Half-closes: sends close_notify and shuts the socket's output (RFC 9846 §6.1); the peer's
     * data can still be read.
     */
    public void shutdownOutput() throws IOException {
        tls.shutdownOutput();
    }

    /** Sends close_notify (unless already sent or failed) and closes the socket. */
    @Override
    public void close() throws IOException {
        tls.close();
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
            return tls.read(ByteBuffer.wrap(buffer, offset, length));
        }

        @Override
        public int available() {
            return tls.available();
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
            tls.write(ByteBuffer.wrap(buffer, offset, length));
        }

        /** Every write is already on the wire when it returns; this sends anything still queued. */
        @Override
        public void flush() throws IOException {
            tls.flush();
        }
    }

    /** The socket's streams, unbuffered: each write goes to the network before it returns. */
    private static final class SocketTransport implements Transport {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        SocketTransport(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        @Override
        public int read(ByteBuffer into) throws IOException {
            int count = in.read(into.array(), into.arrayOffset() + into.position(),
                    into.remaining());
            if (count > 0) {
                into.position(into.position() + count);
            }
            return count;
        }

        @Override
        public void write(ByteBuffer from) throws IOException {
            out.write(from.array(), from.arrayOffset() + from.position(), from.remaining());
            out.flush();
            from.position(from.limit());
        }

        @Override
        public void shutdownOutput() throws IOException {
            socket.shutdownOutput();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
