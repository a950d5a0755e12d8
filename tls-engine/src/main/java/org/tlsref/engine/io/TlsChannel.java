package org.tlsref.engine.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SocketChannel;
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
 * A blocking adapter that runs a {@link TlsConnection} over a connected, blocking
 * {@link SocketChannel} and is itself a {@link ByteChannel} of application data (DESIGN.md, "The
 * connection API": "a SocketChannel one"). The handshake runs on {@link #startHandshake()} or on
 * the first read or write.
 *
 * <p>{@link #read(ByteBuffer)} blocks until application data arrives and returns -1 only after
 * the peer's close_notify; a transport that closes before it is an {@link EOFException}, not the
 * end of the data (RFC 9846 §6.1, "the TLS implementation MUST receive a "close_notify" alert
 * before indicating end-of-data to the application layer"). {@link #write(ByteBuffer)} writes
 * all of the buffer and returns when it is on the network. A {@link TlsAlert} from the
 * connection (after its alert has been sent) surfaces as a {@link TlsSocketException}.
 *
 * <p>One thread may read while another writes (see {@link BlockingConnection}). Interrupting a
 * blocked thread closes the underlying channel, as for any interruptible channel.
 */
public final class TlsChannel implements ByteChannel {
    private final SocketChannel channel;
    private final BlockingConnection tls;

    private TlsChannel(SocketChannel channel, TlsConnection connection) {
        if (!channel.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        this.channel = channel;
        this.tls = new BlockingConnection(connection, new ChannelTransport(channel));
    }

    /**
     * A client over {@code channel}, connected to the server named {@code serverName}.
     *
     * @throws IllegalBlockingModeException when the channel is in non-blocking mode
     */
    public static TlsChannel client(SocketChannel channel, TlsConfig config, String serverName) {
        return new TlsChannel(channel, TlsClient.create(config, serverName));
    }

    /**
     * A server over {@code channel}, as returned by {@code ServerSocketChannel.accept()}.
     *
     * @throws IllegalBlockingModeException when the channel is in non-blocking mode
     */
    public static TlsChannel server(SocketChannel channel, TlsConfig config) {
        return new TlsChannel(channel, TlsServer.create(config));
    }

    /**
     * Runs the handshake to completion, if it has not already completed.
     *
     * @throws TlsSocketException when it fails with an alert
     * @throws EOFException when the peer closes the transport, or sends close_notify, first
     */
    public void startHandshake() throws IOException {
        requireOpen();
        tls.startHandshake();
    }

    /** What the handshake negotiated, once complete. */
    public Optional<Session> session() {
        return tls.session();
    }

    /**
     * Reads application data into {@code destination}, blocking until some arrives.
     *
     * @return how many bytes (at least one when {@code destination} has room), or -1 once the
     *     peer's close_notify came and everything before it was read
     * @throws TlsSocketException when the connection fails, or failed, with an alert
     * @throws EOFException when the transport closes before the peer's close_notify
     * @throws ClosedChannelException after {@link #close()}
     */
    @Override
    public int read(ByteBuffer destination) throws IOException {
        requireOpen();
        return tls.read(destination);
    }

    /**
     * Encrypts and sends all of {@code source}; it is on the network when this returns.
     *
     * @return how many bytes were written: all that {@code source} held
     * @throws TlsSocketException when the connection fails, or failed, with an alert
     * @throws IOException after {@link #shutdownOutput()}
     * @throws ClosedChannelException after {@link #close()}
     */
    @Override
    public int write(ByteBuffer source) throws IOException {
        requireOpen();
        int count = source.remaining();
        tls.write(source);
        return count;
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
        requireOpen();
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
        requireOpen();
        return tls.exportKeyingMaterial(label, context, length);
    }

    /**
     * Half-closes: sends close_notify and shuts the channel's output (RFC 9846 §6.1); the peer's
     * data can still be read, up to its own close_notify.
     */
    public void shutdownOutput() throws IOException {
        requireOpen();
        tls.shutdownOutput();
    }

    /** True until {@link #close()}, or until the underlying channel is closed. */
    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    /** Sends close_notify (unless already sent or failed) and closes the channel. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            tls.close();
        }
    }

    private void requireOpen() throws ClosedChannelException {
        if (!channel.isOpen()) {
            throw new ClosedChannelException();
        }
    }

    /** The channel itself: in blocking mode, a read returns at least one byte or -1. */
    private static final class ChannelTransport implements Transport {
        private final SocketChannel channel;

        ChannelTransport(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer into) throws IOException {
            return channel.read(into);
        }

        @Override
        public void write(ByteBuffer from) throws IOException {
            while (from.hasRemaining()) {
                channel.write(from);
            }
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
