package org.tlsref.bench.handshake;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.jsse.ClientAuth;

/**
 * Full TLS 1.3 handshakes per second of tlsref, client and server in memory ({@link TlsrefPeers}):
 * the handshake {@link JsseHandshakeBenchmark} and {@link BcTlsHandshakeBenchmark} measure,
 * X25519, TLS_AES_128_GCM_SHA256, the ECDSA P-256 server certificate validated to the root,
 * and with {@code clientAuth=REQUIRED} the client's too. One operation is one handshake,
 * everything the two connections exchange included; tlsref sends no NewSessionTicket.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TlsrefHandshakeBenchmark {
    /** Where tlsref's cryptography comes from. */
    @Param({"JCA", "BOUNCY_CASTLE", "FASTEST"})
    public TlsrefBackend backend;

    /** Whether the server requires a client certificate. */
    @Param({"NONE", "REQUIRED"})
    public ClientAuth clientAuth;

    private TlsrefPeers peers;

    /** Builds the configurations and checks one handshake. */
    @Setup
    public void setUp() {
        peers = new TlsrefPeers(backend, clientAuth);
        peers.check(peers.handshake());
    }

    /** One full handshake. */
    @Benchmark
    public TlsrefPeers.Connection handshake() {
        return peers.handshake();
    }
}
