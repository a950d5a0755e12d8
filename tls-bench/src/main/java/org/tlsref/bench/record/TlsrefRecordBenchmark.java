package org.tlsref.bench.record;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.provider.Backend;

/**
 * tlsref's record layer ({@code RecordSealer}, {@code RecordOpener}) on each tls-crypto backend,
 * measured like {@code RawAeadBenchmark}, its ceiling: one operation is one record of
 * {@code payload} bytes of application data.
 *
 * <p>{@code open} needs a record under each next sequence number: it opens a ring of records
 * sealed beforehand (at most 1 MiB of them, so they stay in cache as the raw benchmark's do),
 * and starts a new opener at sequence number 0 each time round the ring; that opener's few
 * small arrays are the only allocation it adds, spread over the ring. The allocation target is
 * read on {@code roundTrip}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TlsrefRecordBenchmark {
    private static final int RING_BYTES = 1 << 20;

    /** The tls-crypto backend. */
    @Param({"JCA", "BOUNCY_CASTLE"})
    public Backend backend;

    /** The suite, which fixes the AEAD. */
    @Param({"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    public Suite suite;

    /** Application data per record, in bytes. */
    @Param({"16384", "1024", "64"})
    public int payload;

    private TlsrefRecordChannel channel;
    private TlsrefRecordChannel ringChannel;
    private ByteBuffer[] ring;
    private int next;

    /** Checks the record layer against RFC 8446's records and the other backend, then keys up. */
    @Setup
    public void setUp() {
        TlsrefRecordChecks.check(backend, suite, payload);
        channel = TlsrefRecordChecks.channel(backend, suite, payload);
        ringChannel = TlsrefRecordChecks.channel(backend, suite, payload);
        int records = Math.max(64, Math.min(1024, RING_BYTES / (payload + 22)));
        ring = new ByteBuffer[records];
        for (int i = 0; i < records; i++) {
            ring[i] = ringChannel.sealKept();
        }
    }

    /** Seals one record. */
    @Benchmark
    public ByteBuffer seal() {
        return channel.seal();
    }

    /** Opens one record. */
    @Benchmark
    public ByteBuffer open() {
        if (next == ring.length) {
            next = 0;
            ringChannel.restartOpener();
        }
        return ringChannel.open(ring[next++]);
    }

    /** Seals one record and opens it. */
    @Benchmark
    public ByteBuffer roundTrip() {
        return channel.open(channel.seal());
    }
}
