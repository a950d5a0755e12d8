package org.tlsref.bench.steps;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.RandomSources;

/**
 * The public-key steps of a TLS 1.3 handshake (X25519, ecdsa_secp256r1_sha256), one at a time,
 * on each tls-crypto backend, so the handshake rate can be read as a sum of parts:
 * a client generates a key share and later agrees; a server responds (generates and agrees);
 * a server signs its CertificateVerify and a client verifies it (and, with client
 * authentication, the other way round). Randomness is the system CSPRNG, as in real use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HandshakeStepBenchmark {
    /** The tls-crypto backend. */
    @Param({"JCA", "BOUNCY_CASTLE"})
    public Backend backend;

    private RandomSource random;
    private KeyExchange x25519;
    private KeyShare clientShare;
    private Bytes serverPublic;
    private Signer signer;
    private Verifier verifier;
    private Bytes content;
    private Bytes signature;

    /** Checks agreement and signatures on this backend, then prepares the inputs. */
    @Setup
    public void setUp() {
        CryptoProvider crypto = backend.provider();
        random = RandomSources.system();
        x25519 = crypto.keyExchange(NamedGroup.X25519);
        signer = crypto.signer(SignatureScheme.ECDSA_SECP256R1_SHA256, TestPki.SERVER.key());
        verifier = crypto.verifier(SignatureScheme.ECDSA_SECP256R1_SHA256);
        StepChecks.keyExchange(x25519, random, backend + " x25519");
        StepChecks.signature(signer, verifier, random, backend + " ecdsa_secp256r1_sha256");
        clientShare = x25519.generate(random);
        serverPublic = x25519.respond(clientShare.publicValue(), random).publicValue();
        content = StepChecks.certificateVerifyContent();
        signature = signer.sign(content, random);
    }

    /** Client: a fresh X25519 key pair and its public value. */
    @Benchmark
    public KeyShare x25519Generate() {
        return x25519.generate(random);
    }

    /** Client: the shared secret from the server's public value. */
    @Benchmark
    public Secret x25519Agree() {
        return clientShare.agree(serverPublic);
    }

    /** Server: a fresh key pair and the shared secret from the client's public value. */
    @Benchmark
    public KeyShareResponse x25519Respond() {
        return x25519.respond(clientShare.publicValue(), random);
    }

    /** Server: signs the CertificateVerify content. */
    @Benchmark
    public Bytes ecdsaP256Sign() {
        return signer.sign(content, random);
    }

    /** Client: verifies the server's CertificateVerify signature. */
    @Benchmark
    public void ecdsaP256Verify() {
        verifier.verify(TestPki.SERVER.leaf().getPublicKey(), content, signature);
    }
}
