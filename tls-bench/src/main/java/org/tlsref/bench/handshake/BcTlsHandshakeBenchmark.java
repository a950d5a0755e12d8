package org.tlsref.bench.handshake;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.bctls.BcTlsPeers;
import org.tlsref.bench.jsse.ClientAuth;

/**
 * Full TLS 1.3 handshakes per second of Bouncy Castle's TLS on its own lightweight crypto
 * ({@code BcTlsCrypto}), in memory ({@link BcTlsPeers}): the pure-Java figure the issue's
 * handshake target is set against. Same handshake as {@link JsseHandshakeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BcTlsHandshakeBenchmark {
    /** Whether the server requires a client certificate. */
    @Param({"NONE", "REQUIRED"})
    public ClientAuth clientAuth;

    private BcTlsPeers peers;

    /** Loads the identities and checks one handshake. */
    @Setup
    public void setUp() throws IOException {
        peers = new BcTlsPeers(clientAuth);
        peers.check(peers.handshake());
    }

    /** One full handshake. */
    @Benchmark
    public BcTlsPeers.Connection handshake() throws IOException {
        return peers.handshake();
    }
}
