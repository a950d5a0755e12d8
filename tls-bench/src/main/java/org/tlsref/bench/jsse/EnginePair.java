package org.tlsref.bench.jsse;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLException;

/**
 * A client and a server {@link SSLEngine} wired back to back in memory: whatever one wraps, the
 * other unwraps. {@link #handshake()} drives both until neither has anything left to say;
 * {@link #send(ByteBuffer, ByteBuffer)} then moves application data client to server.
 *
 * <p>The buffers are allocated once, sized for the largest record, so a record round trip
 * allocates only what the engines allocate.
 */
public final class EnginePair {
    /** More steps than any TLS 1.3 handshake takes; past this the engines are stuck. */
    private static final int MAX_STEPS = 200;
    /** Records a flight may hold before the peer reads it. */
    private static final int FLIGHT_PACKETS = 8;

    private final SSLEngine client;
    private final SSLEngine server;
    private final ByteBuffer clientToServer;
    private final ByteBuffer serverToClient;
    private final ByteBuffer clientApp;
    private final ByteBuffer serverApp;
    private final ByteBuffer empty = ByteBuffer.allocate(0);

    /** A pair over {@code client} (in client mode) and {@code server} (in server mode). */
    public EnginePair(SSLEngine client, SSLEngine server) {
        this.client = client;
        this.server = server;
        int packet = Math.max(client.getSession().getPacketBufferSize(), server.getSession().getPacketBufferSize());
        int app = Math.max(client.getSession().getApplicationBufferSize(),
                server.getSession().getApplicationBufferSize());
        // Room for a whole flight: SunJSSE wants a full packet's room free before every wrap.
        this.clientToServer = ByteBuffer.allocate(FLIGHT_PACKETS * packet);
        this.serverToClient = ByteBuffer.allocate(FLIGHT_PACKETS * packet);
        this.clientApp = ByteBuffer.allocate(app);
        this.serverApp = ByteBuffer.allocate(app);
    }

    /** The client engine. */
    public SSLEngine client() {
        return client;
    }

    /** The server engine. */
    public SSLEngine server() {
        return server;
    }

    /**
     * Runs the handshake to completion, including post-handshake messages such as
     * NewSessionTicket, until both engines are idle with nothing in flight.
     *
     * @throws IllegalStateException when the engines stop making progress
     * @throws SSLException from either engine
     */
    public void handshake() throws SSLException {
        client.beginHandshake();
        server.beginHandshake();
        for (int step = 0; step < MAX_STEPS; step++) {
            boolean progress = advance(client, clientToServer, serverToClient, clientApp)
                    | advance(server, serverToClient, clientToServer, serverApp);
            if (!progress && idle(client) && idle(server)
                    && clientToServer.position() == 0 && serverToClient.position() == 0) {
                return;
            }
        }
        throw new IllegalStateException("handshake did not finish in " + MAX_STEPS + " steps: client "
                + client.getHandshakeStatus() + ", server " + server.getHandshakeStatus());
    }

    /**
     * Client to server: wraps all of {@code payload} (position to limit) and unwraps it into
     * {@code received}. One record for up to 2^14 bytes on most stacks; SunJSSE puts at most
     * 2^14 - 1 bytes of data in a TLS 1.3 record, so a 16 KiB payload takes it two.
     */
    public void send(ByteBuffer payload, ByteBuffer received) throws SSLException {
        int length = payload.remaining();
        wrapAll(client, payload, clientToServer);
        clientToServer.flip();
        unwrapAll(server, clientToServer, received, length);
        clientToServer.clear();
    }

    /** Wraps {@code payload} on the client and returns the records' bytes, left in flight for {@link #unwrapPending}. */
    public byte[] wrapOnly(ByteBuffer payload) throws SSLException {
        wrapAll(client, payload, clientToServer);
        clientToServer.flip();
        byte[] records = new byte[clientToServer.remaining()];
        clientToServer.duplicate().get(records);
        return records;
    }

    /** Unwraps on the server what {@link #wrapOnly} left in flight, {@code expected} bytes of data. */
    public void unwrapPending(ByteBuffer received, int expected) throws SSLException {
        unwrapAll(server, clientToServer, received, expected);
        clientToServer.clear();
    }

    /** Flips the low bit of byte {@code index} of the records in flight, for the tampering check. */
    public void corruptPending(int index) {
        int at = clientToServer.position() + index;
        clientToServer.put(at, (byte) (clientToServer.get(at) ^ 1));
    }

    /** Server to client, for checks of the other direction. */
    public void reply(ByteBuffer payload, ByteBuffer received) throws SSLException {
        int length = payload.remaining();
        wrapAll(server, payload, serverToClient);
        serverToClient.flip();
        unwrapAll(client, serverToClient, received, length);
        serverToClient.clear();
    }

    /** Wraps all of {@code payload} into {@code out}, as many records as {@code engine} needs. */
    public static void wrapAll(SSLEngine engine, ByteBuffer payload, ByteBuffer out) throws SSLException {
        do {
            SSLEngineResult result = engine.wrap(payload, out);
            if (result.getStatus() != Status.OK || result.bytesConsumed() == 0) {
                throw new IllegalStateException(side(engine) + " wrap: " + result);
            }
        } while (payload.hasRemaining());
    }

    /**
     * Unwraps every record in {@code in} into {@code received} until {@code expected} bytes of
     * application data have come out. Conscrypt, reading into a heap buffer, may hand out a
     * record's data over two calls, the second consuming nothing; this keeps calling until all
     * is out.
     */
    public static void unwrapAll(SSLEngine engine, ByteBuffer in, ByteBuffer received, int expected) throws SSLException {
        int target = received.position() + expected;
        while (in.hasRemaining() || received.position() < target) {
            SSLEngineResult result = engine.unwrap(in, received);
            if (result.getStatus() != Status.OK || result.bytesConsumed() + result.bytesProduced() == 0) {
                throw new IllegalStateException(side(engine) + " unwrap: " + result);
            }
        }
    }

    private static String side(SSLEngine engine) {
        return engine.getUseClientMode() ? "client" : "server";
    }

    /** One move of {@code engine}: a wrap, an unwrap of what is in flight, or its delegated tasks. */
    private boolean advance(SSLEngine engine, ByteBuffer out, ByteBuffer in, ByteBuffer app) throws SSLException {
        HandshakeStatus status = engine.getHandshakeStatus();
        if (status == HandshakeStatus.NEED_TASK) {
            Runnable task;
            while ((task = engine.getDelegatedTask()) != null) {
                task.run();
            }
            return true;
        }
        if (status == HandshakeStatus.NEED_WRAP) {
            SSLEngineResult result = engine.wrap(empty, out);
            check(result, engine);
            return result.bytesProduced() > 0 || result.getHandshakeStatus() != HandshakeStatus.NEED_WRAP;
        }
        if (in.position() > 0) {
            in.flip();
            SSLEngineResult result = engine.unwrap(in, app);
            in.compact();
            app.clear();
            if (result.getStatus() == Status.BUFFER_UNDERFLOW) {
                return false;
            }
            check(result, engine);
            return result.bytesConsumed() > 0;
        }
        return false;
    }

    private static void check(SSLEngineResult result, SSLEngine engine) {
        if (result.getStatus() != Status.OK) {
            throw new IllegalStateException(side(engine) + ": " + result);
        }
    }

    private static boolean idle(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
    }
}
