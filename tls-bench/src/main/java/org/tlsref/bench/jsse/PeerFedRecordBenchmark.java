package org.tlsref.bench.jsse;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.Suite;

/**
 * A stack's record protection measured on one engine: the server of the stack under test
 * unwraps a record from its peer and wraps one of its own, per operation — the same
 * cryptographic work as {@link JsseRecordBenchmark}'s round trip, one seal and one open.
 *
 * <p>For Conscrypt, which cannot be forced to a TLS 1.3 suite at both ends (BoringSSL picks
 * it; see {@link JsseEndpoints}): its server is paired with a SunJSSE client that offers only
 * the suite under test. The client's records are made before each batch, outside the timing
 * ({@link Level#Invocation}, {@value #BATCH} records, tens of microseconds at least per batch);
 * what the client allocated making them is counted in {@link PeerAllocation#peerBytes}, which
 * the report subtracts from the GC profiler's bytes per operation. The server's own records go
 * nowhere: a TLS peer is not obliged to read.
 *
 * <p>Run it with {@code -p stack=SUN_JSSE} to check the method against
 * {@link JsseRecordBenchmark}: both should give the same figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = JsseRecordBenchmark.NAMED_GROUPS)
public class PeerFedRecordBenchmark {
    /** Records per batch (per invocation). */
    public static final int BATCH = 64;

    /** The stack under test, at the server. */
    @Param({"CONSCRYPT"})
    public JsseStack stack;

    /** The suite, offered alone by the SunJSSE client. */
    @Param({"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    public Suite suite;

    /** Application data per record, in bytes. */
    @Param({"16384", "1024", "64"})
    public int payload;

    private SSLEngine peer;
    private SSLEngine server;
    private ByteBuffer plaintext;
    private ByteBuffer[] incoming;
    private ByteBuffer outgoing;
    private ByteBuffer received;
    private long peerBytes;

    /** Bytes the peer allocated making records, per second of measured time (JMH normalises it). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PeerAllocation {
        /** Bytes allocated by the peer's wraps. */
        public long peerBytes;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            peerBytes = 0;
        }
    }

    /** Handshakes, checks records both ways and tampering, then keeps a fresh pair. */
    @Setup(Level.Trial)
    public void setUp() throws SSLException {
        byte[] data = JsseRecordBenchmark.payloadBytes(suite, payload);
        JsseEndpoints endpoints = new JsseEndpoints(JsseStack.SUN_JSSE, stack, Optional.of(suite), ClientAuth.NONE);
        JsseChecks.tamperedRecordRefused(endpoints.connect(), data);
        EnginePair pair = endpoints.connect();
        JsseChecks.handshake(pair, Optional.of(suite), ClientAuth.NONE);
        JsseChecks.records(pair, suite, data);
        peer = pair.client();
        server = pair.server();
        plaintext = ByteBuffer.wrap(data);
        int packet = server.getSession().getPacketBufferSize();
        incoming = new ByteBuffer[BATCH];
        for (int i = 0; i < BATCH; i++) {
            incoming[i] = ByteBuffer.allocate(2 * packet);
        }
        outgoing = ByteBuffer.allocate(2 * packet);
        received = ByteBuffer.allocate(server.getSession().getApplicationBufferSize() + payload);
    }

    /** The peer's next {@value #BATCH} records, made outside the timing, and the bytes it allocated. */
    @Setup(Level.Invocation)
    public void feed() throws SSLException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (ByteBuffer record : incoming) {
            record.clear();
            plaintext.clear();
            EnginePair.wrapAll(peer, plaintext, record);
            record.flip();
        }
        peerBytes = threads.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * Per record: the server unwraps the peer's record and wraps one of its own. (The peer's
     * allocation is handed to the counter here, which JMH reports with this method.)
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ByteBuffer roundTrip(PeerAllocation allocation) throws SSLException {
        for (ByteBuffer record : incoming) {
            received.clear();
            EnginePair.unwrapAll(server, record, received, payload);
            plaintext.clear();
            outgoing.clear();
            EnginePair.wrapAll(server, plaintext, outgoing);
        }
        allocation.peerBytes += peerBytes;
        return received;
    }
}
