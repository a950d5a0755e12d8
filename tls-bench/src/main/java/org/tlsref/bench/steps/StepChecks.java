package org.tlsref.bench.steps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.ValidatedPath;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.keyschedule.TrafficKeys;

/**
 * What each handshake step must get right before it may post a number: both ends of an X25519
 * exchange reach the same secret, a signature verifies and a flipped bit does not, the server's
 * chain validates to the root and a client certificate does not validate as a server's, the
 * transcript hash is SHA-256's, and the key schedule derives what the other backend derives.
 * Each check throws {@link IllegalStateException} naming the failure.
 */
public final class StepChecks {
    private StepChecks() {
    }

    /**
     * RFC 8446 §4.4.3: the content a server's CertificateVerify signs: 64 spaces, the context
     * string, a zero byte and a SHA-256 transcript hash (here a fixed stand-in).
     */
    public static Bytes certificateVerifyContent() {
        byte[] context = "TLS 1.3, server CertificateVerify".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[64 + context.length + 1 + 32];
        Arrays.fill(content, 0, 64, (byte) 0x20);
        System.arraycopy(context, 0, content, 64, context.length);
        Arrays.fill(content, 64 + context.length + 1, content.length, (byte) 0x5a);
        return Bytes.of(content);
    }

    /** Checks that an initiator and a responder of {@code exchange} agree. */
    public static void keyExchange(KeyExchange exchange, RandomSource random, String what) {
        KeyShare client = exchange.generate(random);
        KeyShareResponse server = exchange.respond(client.publicValue(), random);
        byte[] clientSecret = client.agree(server.publicValue()).bytes();
        require(server.sharedSecret().equalsConstantTime(clientSecret), what + ": the two ends derived different secrets");
        require(!Arrays.equals(clientSecret, new byte[clientSecret.length]), what + ": the shared secret is all zeros");
    }

    /** Checks that {@code signer}'s signature verifies with the server's key and a flipped bit does not. */
    public static void signature(Signer signer, Verifier verifier, RandomSource random, String what) {
        Bytes content = certificateVerifyContent();
        Bytes signature = signer.sign(content, random);
        verifier.verify(TestPki.SERVER.leaf().getPublicKey(), content, signature);
        byte[] tampered = content.toByteArray();
        tampered[tampered.length - 1] ^= 1;
        try {
            verifier.verify(TestPki.SERVER.leaf().getPublicKey(), Bytes.of(tampered), signature);
        } catch (TlsAlert refused) {
            require(refused.reason() == CryptoFailure.BAD_SIGNATURE, what + ": refused for " + refused.reason());
            return;
        }
        throw new IllegalStateException(what + ": a signature over other content verified");
    }

    /** Checks that the server's chain validates to the root and the client's does not, as a server's. */
    public static void chainValidation(PathValidator validator) {
        ValidatedPath path = validator.validate(CertificateChain.of(TestPki.SERVER.chain()), Purpose.SERVER_AUTH);
        require(path.trustAnchor().equals(TestPki.ROOT) && path.leaf().equals(TestPki.SERVER.leaf()),
                "chain validation: the server's chain did not validate to the root");
        try {
            validator.validate(CertificateChain.of(List.copyOf(TestPki.CLIENT.chain())), Purpose.SERVER_AUTH);
        } catch (TlsAlert refused) {
            return;
        }
        throw new IllegalStateException("chain validation: a client certificate validated for a server");
    }

    /** Checks that {@code provider}'s running SHA-256 over the transcript equals the JDK's digest of it. */
    public static void transcriptHash(CryptoProvider provider, String what) {
        List<byte[]> messages = SymmetricSteps.transcriptMessages();
        byte[] expected;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            messages.forEach(digest::update);
            expected = digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Bytes hash = SymmetricSteps.transcript(provider.hash(HashAlgorithm.SHA256), messages);
        require(Arrays.equals(hash.toByteArray(), expected), what + ": the transcript hash is not SHA-256's");
    }

    /**
     * Checks that the key schedule on {@code provider} derives, from one shared secret and
     * transcript hash, the keys, IVs and Finished values the {@code reference} provider derives,
     * and that handshake and application keys differ.
     */
    public static void keySchedule(CryptoProvider provider, CryptoProvider reference, String what) {
        RandomSource random = RandomSources.seeded(new byte[] {'k'});
        Secret shared = Secret.of(random.nextBytes(32));
        Bytes hash = Bytes.of(random.nextBytes(32));
        SymmetricSteps.Derived derived = SymmetricSteps.keySchedule(provider, shared, hash);
        SymmetricSteps.Derived expected = SymmetricSteps.keySchedule(reference, shared, hash);
        require(derived.serverFinished().equals(expected.serverFinished())
                && derived.clientFinished().equals(expected.clientFinished()), what + ": Finished values differ");
        List<TrafficKeys> keys = List.of(derived.clientHandshake(), derived.serverHandshake(),
                derived.clientApplication(), derived.serverApplication());
        List<TrafficKeys> expectedKeys = List.of(expected.clientHandshake(), expected.serverHandshake(),
                expected.clientApplication(), expected.serverApplication());
        for (int i = 0; i < keys.size(); i++) {
            require(Arrays.equals(keys.get(i).key().bytes(), expectedKeys.get(i).key().bytes())
                    && Arrays.equals(keys.get(i).iv().bytes(), expectedKeys.get(i).iv().bytes()),
                    what + ": traffic keys " + i + " differ");
        }
        require(!Arrays.equals(derived.clientHandshake().key().bytes(), derived.clientApplication().key().bytes()),
                what + ": the handshake and application keys are the same");
    }

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
