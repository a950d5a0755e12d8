package org.tlsref.bench.aead;

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
 * The raw AEAD of one tls-crypto backend doing exactly a TLS 1.3 record's cryptography
 * ({@link RawAeadChannel}): the ceiling for the record layer on that backend. One operation is
 * one record of {@code payload} bytes of application data; the report turns operations per
 * second into MB/s of application data.
 *
 * <p>{@code seal} and {@code open} measure one direction each ({@code open} alternates between
 * two records sealed beforehand under sequence numbers 0 and 1, since a TLS receiver never
 * opens the same nonce twice in a row); {@code roundTrip} seals a record and opens it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawAeadBenchmark {
    /** The tls-crypto backend. */
    @Param({"JCA", "BOUNCY_CASTLE"})
    public Backend backend;

    /** The suite, which fixes the AEAD. */
    @Param({"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    public Suite suite;

    /** Application data per record, in bytes. */
    @Param({"16384", "1024", "64"})
    public int payload;

    private RawAeadChannel channel;
    private RawAeadChannel.Sealed[] ring;
    private int next;

    /** Checks the backend against the other one (identical records, tampering refused), then keys up. */
    @Setup
    public void setUp() {
        RecordChecks.rawAead(backend, suite, payload);
        channel = RecordChecks.rawChannel(backend, suite, payload);
        ring = new RawAeadChannel.Sealed[] {channel.sealKept(), channel.sealKept()};
    }

    /** Seals one record. */
    @Benchmark
    public RawAeadChannel.Sealed seal() {
        return channel.seal();
    }

    /** Opens one record. */
    @Benchmark
    public ByteBuffer open() {
        next ^= 1;
        return channel.open(ring[next]);
    }

    /** Seals one record and opens it. */
    @Benchmark
    public ByteBuffer roundTrip() {
        return channel.open(channel.seal());
    }
}
