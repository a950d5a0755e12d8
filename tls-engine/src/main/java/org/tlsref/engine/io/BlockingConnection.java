package org.tlsref.engine.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.handshake.Session;

/**
 * A {@link TlsConnection} driven over a blocking {@link Transport}: the pump that
 * {@link TlsSocket} and {@link TlsChannel} share, each adding only its own API on top.
 *
 * <p>Failures: a {@link TlsAlert} from the connection is reported, once its alert has been sent,
 * as a {@link TlsSocketException}, and so is every later use of the failed connection. The
 * transport ending before the peer's close_notify is an {@link EOFException}, never the end of
 * the data: RFC 9846 §6.1, "the TLS implementation MUST receive a "close_notify" alert before
 * indicating end-of-data to the application layer".
 *
 * <p>Threads: one thread may read while another writes. Three locks, always taken in this order
 * and never the other way round: {@code receiving} (the inbound buffer and network reads),
 * {@code sending} (the outbound buffer and network writes) and the connection's monitor (every
 * call into the sans-I/O connection, which is not thread-safe). A reader never blocks on sending,
 * so that a writer stuck on a full network never stops the reading that would unblock the peer
 * (both peers writing at once would otherwise deadlock): during the handshake it sends its
 * flights only when no other thread is sending (which then sends them too), and after the
 * handshake it sends nothing, since it could find itself sending a writer's bulk data. The
 * KeyUpdate a peer asks for is then queued and goes out before this side's next application
 * data, which is when RFC 8446 §4.6.3 wants it: "prior to sending its next Application Data
 * record". Only writing, KeyUpdate, closing and explicit flushes wait to send.
 *
 * <p>Both network buffers are allocated once; steady-state reads and writes allocate nothing.
 */
final class BlockingConnection {
    /** Room for four records of the largest size (RFC 8446 §5.2), enough to keep a pipe busy. */
    private static final int NETWORK_BUFFER = 1 << 16;

    private final TlsConnection connection;
    private final Transport transport;
    /** Received network bytes not yet taken by the connection, ready to read; under receiving. */
    private final ByteBuffer inbound = ByteBuffer.allocate(NETWORK_BUFFER).flip();
    /** Records on their way to the network; under sending. */
    private final ByteBuffer outbound = ByteBuffer.allocate(NETWORK_BUFFER);
    private final ReentrantLock receiving = new ReentrantLock();
    /** Notified whenever a thread stops reading the handshake. */
    private final Object progress = new Object();
    private final ReentrantLock sending = new ReentrantLock();

    BlockingConnection(TlsConnection connection, Transport transport) {
        this.connection = connection;
        this.transport = transport;
    }

    /**
     * Runs the handshake to completion, if it has not already completed.
     *
     * @throws TlsSocketException when it fails with an alert
     * @throws EOFException when the peer closes the transport, or sends close_notify, first
     */
    void startHandshake() throws IOException {
        if (handshakeComplete()) {
            return;
        }
        // Never wait for another sender here: every read starts with this, and a reader waiting
        // for a writer blocked on a full network would stop the reading that unblocks the peer.
        flushIfIdle();
        while (!handshakeComplete()) {
            if (receiving.tryLock()) {
                try {
                    pullHandshake();
                } finally {
                    receiving.unlock();
                    synchronized (progress) {
                        progress.notifyAll();
                    }
                }
            } else {
                awaitProgress();
            }
        }
    }

    /** One network read of the handshake, and what it answers. The caller holds receiving. */
    private void pullHandshake() throws IOException {
        // Another thread may have completed it meanwhile; a read now could wait for data the
        // peer sends only after hearing from this side.
        if (handshakeComplete()) {
            return;
        }
        synchronized (connection) {
            if (connection.peerClosed()) {
                throw new EOFException("the peer sent close_notify during the handshake");
            }
        }
        receiveMore();
        flushIfIdle();
    }

    /**
     * Waits while another thread reads the handshake. Waiting on the receiving lock instead would
     * be waiting, once the handshake completes, for a reader blocked on the network: a writer
     * would never write what the peer waits for.
     */
    private void awaitProgress() throws IOException {
        synchronized (progress) {
            while (receiving.isLocked() && !handshakeComplete()) {
                try {
                    progress.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted waiting for the handshake");
                }
            }
        }
    }

    /** What the handshake negotiated, once complete. */
    Optional<Session> session() {
        synchronized (connection) {
            return connection.session();
        }
    }

    /**
     * Moves application data into {@code destination}, running the handshake first and blocking
     * until some arrives.
     *
     * @return how many bytes (at least one when {@code destination} has room), or -1 once the
     *     peer's close_notify came and everything before it was read
     */
    int read(ByteBuffer destination) throws IOException {
        if (!destination.hasRemaining()) {
            return 0;
        }
        startHandshake();
        while (true) {
            int count;
            synchronized (connection) {
                count = connection.read(destination);
            }
            if (count != 0) {
                return count;
            }
            receiving.lock();
            try {
                // A second reader may have received while this one waited for the lock.
                if (!hasDataOrEnd()) {
                    receiveMore();
                }
            } finally {
                receiving.unlock();
            }
        }
    }

    /** Application data received and not yet read. */
    int available() {
        synchronized (connection) {
            return connection.available();
        }
    }

    /**
     * Encrypts all of {@code source} and sends it, running the handshake first; it is on the
     * network when this returns.
     */
    void write(ByteBuffer source) throws IOException {
        startHandshake();
        queueAndSend(connection -> connection.write(source));
    }

    /**
     * Sends a KeyUpdate (RFC 8446 §4.6.3) after the handshake, and the records queued before it.
     */
    void keyUpdate(KeyUpdateRequest request) throws IOException {
        startHandshake();
        queueAndSend(connection -> connection.keyUpdate(request));
    }

    /** Keying material exported from the connection (RFC 8446 §7.5), after the handshake. */
    Secret exportKeyingMaterial(String label, Bytes context, int length) throws IOException {
        startHandshake();
        synchronized (connection) {
            requireNotFailed();
            return connection.exportKeyingMaterial(label, context, length);
        }
    }

    /** Sends close_notify (RFC 9846 §6.1) and shuts the transport's output; reading goes on. */
    void shutdownOutput() throws IOException {
        synchronized (connection) {
            connection.close();
        }
        flush();
        transport.shutdownOutput();
    }

    /** Sends close_notify (unless already sent or failed) and closes the transport. */
    void close() throws IOException {
        try {
            synchronized (connection) {
                connection.close();
            }
            flush();
        } finally {
            transport.close();
        }
    }

    /** Sends everything the connection has queued, waiting for a concurrent sender to finish. */
    void flush() throws IOException {
        sending.lock();
        drainAndUnlock();
    }

    /**
     * Queues records with {@code action} while holding {@code sending}, then sends them. Holding it
     * from before the records exist keeps a reader's {@link #flushIfIdle()} from ever finding them
     * and blocking on the network with them.
     */
    private void queueAndSend(Consumer<TlsConnection> action) throws IOException {
        sending.lock();
        try {
            synchronized (connection) {
                requireWritable();
                action.accept(connection);
            }
        } catch (TlsAlert alert) {
            sending.unlock();
            throw sentAndWrapped(alert);
        } catch (IOException | RuntimeException | Error e) {
            sending.unlock();
            throw e;
        }
        drainAndUnlock();
    }

    private boolean handshakeComplete() {
        synchronized (connection) {
            return connection.handshakeComplete();
        }
    }

    private boolean hasDataOrEnd() {
        synchronized (connection) {
            return connection.available() > 0 || connection.peerClosed();
        }
    }

    /**
     * Hands the connection what it left in the inbound buffer, or else blocks for more from the
     * network first. The caller holds {@code receiving}. What the connection answers stays queued:
     * the handshake loop sends it, and after the handshake the next write, KeyUpdate, flush or
     * close does.
     */
    private void receiveMore() throws IOException {
        synchronized (connection) {
            // After a failure nothing more is read: the network may never speak again.
            requireNotFailed();
        }
        if (!inbound.hasRemaining()) {
            inbound.compact();
            int count;
            try {
                count = transport.read(inbound);
            } finally {
                inbound.flip();
            }
            if (count < 0) {
                throw new EOFException("the transport closed before the peer's close_notify");
            }
        }
        try {
            synchronized (connection) {
                requireNotFailed();
                connection.receive(inbound);
            }
        } catch (TlsAlert alert) {
            throw sentAndWrapped(alert);
        }
    }

    /** Sends what is queued unless another thread is sending now, which then sends it too. */
    private void flushIfIdle() throws IOException {
        if (sending.tryLock()) {
            drainAndUnlock();
        }
    }

    /**
     * Holding {@code sending}: moves everything queued to the network, then unlocks. What another
     * thread queued meanwhile, having found the lock taken, is sent by this one after unlocking.
     */
    private void drainAndUnlock() throws IOException {
        do {
            try {
                drain();
            } finally {
                sending.unlock();
            }
        } while (wantsToTransmit() && sending.tryLock());
    }

    private void drain() throws IOException {
        while (true) {
            outbound.clear();
            synchronized (connection) {
                connection.transmit(outbound);
            }
            outbound.flip();
            if (!outbound.hasRemaining()) {
                return;
            }
            transport.write(outbound);
        }
    }

    private boolean wantsToTransmit() {
        synchronized (connection) {
            return connection.wantsToTransmit();
        }
    }

    /**
     * Sends the alert the connection queued for {@code alert} (or leaves it to the thread sending
     * now, as a reader does); wraps it.
     */
    private TlsSocketException sentAndWrapped(TlsAlert alert) {
        try {
            flushIfIdle();
        } catch (IOException undeliverable) {
            alert.addSuppressed(undeliverable);
        }
        return new TlsSocketException(alert);
    }

    /** Under the connection's monitor: a failed connection reports its alert again. */
    private void requireNotFailed() throws TlsSocketException {
        Optional<TlsAlert> failure = connection.failure();
        if (failure.isPresent()) {
            throw new TlsSocketException(failure.get());
        }
    }

    /** Under the connection's monitor: nothing is written after a failure or close_notify. */
    private void requireWritable() throws IOException {
        requireNotFailed();
        if (connection.closed()) {
            throw new IOException("close_notify was sent; nothing more may be written"
                    + " (RFC 9846 §6.1)");
        }
    }
}
