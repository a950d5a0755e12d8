package org.tlsref.bench.handshake;

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
import org.tlsref.bench.jsse.ClientAuth;
import org.tlsref.bench.jsse.EnginePair;
import org.tlsref.bench.jsse.JsseChecks;
import org.tlsref.bench.jsse.JsseEndpoints;
import org.tlsref.bench.jsse.JsseRecordBenchmark;
import org.tlsref.bench.jsse.JsseStack;

/**
 * Full TLS 1.3 handshakes per second, in memory, client and server of one JSSE stack: new
 * engines, X25519, TLS_AES_128_GCM_SHA256, the ECDSA P-256 server certificate validated to the
 * root, and with {@code clientAuth=REQUIRED} the client's ECDSA P-256 certificate validated too.
 * One operation is one handshake, everything the two engines exchange included
 * (NewSessionTicket too, where a stack sends one); no session is ever resumed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = JsseRecordBenchmark.NAMED_GROUPS)
public class JsseHandshakeBenchmark {
    private static final Optional<Suite> SUITE = Optional.of(Suite.TLS_AES_128_GCM_SHA256);

    /** The stack at both ends. */
    @Param({"SUN_JSSE", "BC_JSSE", "CONSCRYPT"})
    public JsseStack stack;

    /** Whether the server requires a client certificate. */
    @Param({"NONE", "REQUIRED"})
    public ClientAuth clientAuth;

    private JsseEndpoints endpoints;

    /** Builds the contexts and checks one handshake. */
    @Setup
    public void setUp() throws SSLException {
        endpoints = JsseEndpoints.of(stack, SUITE, clientAuth);
        JsseChecks.handshake(endpoints.connect(), SUITE, clientAuth);
    }

    /** One full handshake. */
    @Benchmark
    public EnginePair handshake() throws SSLException {
        return endpoints.connect();
    }
}
