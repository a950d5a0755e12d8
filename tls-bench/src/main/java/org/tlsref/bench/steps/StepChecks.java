package org.tlsref.bench.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.PathValidator;
import org.tlsref.crypto.pki.Purpose;
import org.tlsref.crypto.pki.ValidatedPath;

/**
 * What each handshake step must get right before it may post a number: both ends of an X25519
 * exchange reach the same secret, a signature verifies and a flipped bit does not, the server's
 * chain validates to the root and a client certificate does not validate as a server's. Each
 * check throws {@link IllegalStateException} naming the failure.
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

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
