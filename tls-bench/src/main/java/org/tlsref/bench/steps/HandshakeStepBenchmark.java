package org.tlsref.bench.steps;

import java.nio.ByteBuffer;
import java.util.List;
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
import org.tlsref.bench.Suite;
import org.tlsref.bench.aead.RawAeadChannel;
import org.tlsref.bench.aead.RecordChecks;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
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
 * The cryptographic steps of a TLS 1.3 handshake (X25519, ecdsa_secp256r1_sha256,
 * TLS_AES_128_GCM_SHA256), one at a time, on each tls-crypto backend, so the handshake rate can
 * be read as a sum of parts and each algorithm's faster backend picked: a client generates a key
 * share and later agrees; a server responds (generates and agrees); a server signs its
 * CertificateVerify and a client verifies it (and, with client authentication, the other way
 * round); each side hashes the transcript and runs the key schedule ({@link SymmetricSteps});
 * each traffic key is set up at both ends and protects a record or two. Randomness is the
 * system CSPRNG, as in real use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HandshakeStepBenchmark {
    /** About a server's first encrypted flight: EncryptedExtensions to Finished. */
    private static final int HANDSHAKE_RECORD = 1024;

    /** The tls-crypto backend. */
    @Param({"JCA", "BOUNCY_CASTLE"})
    public Backend backend;

    private CryptoProvider crypto;
    private RandomSource random;
    private KeyExchange x25519;
    private KeyShare clientShare;
    private Bytes serverPublic;
    private Signer signer;
    private Verifier verifier;
    private Bytes content;
    private Bytes signature;
    private List<byte[]> transcript;
    private Secret sharedSecret;
    private Bytes transcriptHash;
    private RecordChecks.Material record;

    /**
     * Checks agreement, signatures, the transcript hash, the key schedule and AES-128-GCM records on
     * this backend, then prepares the inputs.
     */
    @Setup
    public void setUp() {
        crypto = backend.provider();
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
        Backend other = backend == Backend.JCA ? Backend.BOUNCY_CASTLE : Backend.JCA;
        StepChecks.transcriptHash(crypto, backend + " sha256");
        StepChecks.keySchedule(crypto, other.provider(), backend + " key schedule");
        RecordChecks.rawAead(backend, Suite.TLS_AES_128_GCM_SHA256, HANDSHAKE_RECORD);
        transcript = SymmetricSteps.transcriptMessages();
        sharedSecret = clientShare.agree(serverPublic);
        transcriptHash = SymmetricSteps.transcript(crypto.hash(HashAlgorithm.SHA256), transcript);
        record = RecordChecks.Material.of(Suite.TLS_AES_128_GCM_SHA256, HANDSHAKE_RECORD);
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

    /** Either side: SHA-256 over the handshake's messages, with a transcript hash wherever the handshake takes one. */
    @Benchmark
    public Bytes sha256Transcript() {
        return SymmetricSteps.transcript(crypto.hash(HashAlgorithm.SHA256), transcript);
    }

    /** Either side: the key schedule over SHA-256 (HKDF, HMAC), shared secret to application traffic keys and Finished. */
    @Benchmark
    public SymmetricSteps.Derived sha256KeySchedule() {
        return SymmetricSteps.keySchedule(crypto, sharedSecret, transcriptHash);
    }

    /** One traffic key: AES-128-GCM keyed at both ends, one 1 KiB record sealed and opened. */
    @Benchmark
    public ByteBuffer aes128GcmNewKeyRecord() {
        RawAeadChannel channel = new RawAeadChannel(crypto, Suite.TLS_AES_128_GCM_SHA256, record.key(), record.iv(),
                record.payload());
        return channel.open(channel.seal());
    }
}
