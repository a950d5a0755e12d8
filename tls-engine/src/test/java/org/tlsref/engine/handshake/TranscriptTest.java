package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.EarlySecret;
import org.tlsref.engine.keyschedule.HandshakeSecret;

class TranscriptTest {
    private static final CryptoProvider PROVIDER = CryptoProviders.defaults();
    private static final CipherSuiteParameters SUITE =
            CipherSuiteParameters.of(CipherSuite.TLS_AES_128_GCM_SHA256);

    @Test
    void clientHelloThroughServerHelloGivesTheRfc8448HandshakeTrafficSecret() {
        JsonNode trace = Vectors.json("rfc8448/simple-1rtt.json");
        List<VectorMessage> messages = Vectors.messages(trace);
        Transcript transcript = Transcript.start(PROVIDER, HashAlgorithm.SHA256);
        transcript.add(messages.get(0).bytes());
        transcript.add(messages.get(1).bytes());

        assertEquals(secret(trace, "client handshake traffic secret"),
                handshakeSecret(trace).clientHandshakeTrafficSecret(transcript.hash()).secret());
    }

    @Test
    void messageHashReplacesTheFirstClientHelloAsRfc8448Section5Shows() {
        JsonNode trace = Vectors.json("rfc8448/hrr.json");
        List<VectorMessage> messages = Vectors.messages(trace);
        Transcript transcript = Transcript.withMessageHash(PROVIDER, HashAlgorithm.SHA256,
                messages.get(0).bytes());
        for (int i = 1; i <= 3; i++) {
            transcript.add(messages.get(i).bytes());
        }

        assertEquals(secret(trace, "server handshake traffic secret"),
                handshakeSecret(trace).serverHandshakeTrafficSecret(transcript.hash()).secret());
    }

    @Test
    void hashIsASnapshotAndTheTranscriptGoesOn() {
        Transcript transcript = Transcript.start(PROVIDER, HashAlgorithm.SHA384);
        Bytes empty = transcript.hash();
        transcript.add(Bytes.ofUnsigned(20, 0, 0, 0));
        assertNotEquals(empty, transcript.hash());
        assertEquals(48, transcript.hash().length());
        assertEquals(HashAlgorithm.SHA384, transcript.algorithm());
    }

    private static HandshakeSecret handshakeSecret(JsonNode trace) {
        Secret shared = Secret.of(Vectors.hex(trace.get("secrets").get("(EC)DHE shared secret")));
        return EarlySecret.withoutPsk(PROVIDER, SUITE).handshakeSecret(shared);
    }

    private static Secret secret(JsonNode trace, String name) {
        return Secret.of(Vectors.hex(trace.get("secrets").get(name)));
    }

    private static void assertEquals(Secret expected, Secret actual) {
        org.junit.jupiter.api.Assertions.assertEquals(Bytes.of(expected.bytes()),
                Bytes.of(actual.bytes()));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
