package org.tlsref.bench.steps;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.TrustAnchors;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.crypto.pki.ValidationPolicy;

/**
 * tls-crypto's certificate path validation of the server's chain (leaf and intermediate, ECDSA
 * P-256) to the root, as a client does once per full handshake: path building, RFC 5280 §6.1
 * and the TLS checks. The certificates are parsed beforehand, as the handshake parses them
 * while decoding the Certificate message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChainValidationBenchmark {
    private PathValidator validator;
    private CertificateChain chain;

    /** Checks a good and a bad chain, then keeps the good one. */
    @Setup
    public void setUp() {
        validator = new PathValidator(TrustAnchors.of(List.of(TestPki.ROOT)), ValidationPolicy.defaults(), Clock.systemUTC());
        StepChecks.chainValidation(validator);
        chain = CertificateChain.of(TestPki.SERVER.chain());
    }

    /** Validates the server's chain. */
    @Benchmark
    public ValidatedPath serverChain() {
        return validator.validate(chain, Purpose.SERVER_AUTH);
    }
}
