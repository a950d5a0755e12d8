package org.tlsref.bench.jsse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.provider.RandomSources;

/**
 * A JSSE stack's record protection, engine to engine in memory after a TLS 1.3 handshake with
 * the suite forced on both ends: one operation is the client wrapping {@code payload} bytes
 * into one record and the server unwrapping it (the same work as
 * {@code RawAeadBenchmark.roundTrip}). Heap buffers, allocated once.
 *
 * <p>Conscrypt cannot be forced to a TLS 1.3 suite at both ends (see {@link JsseEndpoints});
 * {@link PeerFedRecordBenchmark} measures it. Bouncy Castle JSSE on its default crypto has no
 * ChaCha20-Poly1305 over the JDK's providers: that combination fails in setup, with the reason,
 * rather than measure something else.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = JsseRecordBenchmark.NAMED_GROUPS)
public class JsseRecordBenchmark {
    /**
     * X25519 for the key share (first, so clients send it); secp256r1 too, because Bouncy Castle
     * JSSE offers ecdsa_secp256r1_sha256 only when the curve is an enabled group.
     */
    public static final String NAMED_GROUPS = "-Djdk.tls.namedGroups=x25519,secp256r1";

    /** The stack at both ends. */
    @Param({"SUN_JSSE", "BC_JSSE"})
    public JsseStack stack;

    /** The suite, forced at both ends. */
    @Param({"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    public Suite suite;

    /** Application data per record, in bytes. */
    @Param({"16384", "1024", "64"})
    public int payload;

    private EnginePair pair;
    private ByteBuffer plaintext;
    private ByteBuffer received;

    /** Handshakes, checks a round trip each way and tampering, then keeps a fresh pair. */
    @Setup
    public void setUp() throws SSLException {
        byte[] data = payloadBytes(suite, payload);
        JsseEndpoints endpoints = JsseEndpoints.of(stack, Optional.of(suite), ClientAuth.NONE);
        JsseChecks.tamperedRecordRefused(endpoints.connect(), data);
        pair = endpoints.connect();
        JsseChecks.handshake(pair, Optional.of(suite), ClientAuth.NONE);
        JsseChecks.records(pair, suite, data);
        plaintext = ByteBuffer.wrap(data);
        received = ByteBuffer.allocate(pair.server().getSession().getApplicationBufferSize() + payload);
    }

    /** Client wraps the payload (one record, two for SunJSSE at 16 KiB), server unwraps it. */
    @Benchmark
    public ByteBuffer roundTrip() throws SSLException {
        plaintext.clear();
        received.clear();
        pair.send(plaintext, received);
        return received;
    }

    /** Seeded payload bytes, the same on every run. */
    static byte[] payloadBytes(Suite suite, int length) {
        return RandomSources.seeded(("jsse " + suite + " " + length).getBytes(StandardCharsets.US_ASCII)).nextBytes(length);
    }
}
