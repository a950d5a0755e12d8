package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.record.PaddingPolicy;
import org.tlsref.engine.record.RecordOpener;
import org.tlsref.engine.record.RecordSealer;
import org.tlsref.engine.record.UsageLimit;

class TrafficSecretTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/simple-1rtt.json");

    @Test
    void keysAndFinishedKeyAreThoseOfRfc8448Section3() {
        TrafficSecret server = TrafficSecret.of(PROVIDER, TRACE.parameters(),
                TRACE.secretValue("server handshake traffic secret"));
        TrafficKeys keys = server.keys();
        assertEquals(TRACE.secret("server handshake key"), Bytes.of(keys.key().bytes()));
        assertEquals(TRACE.secret("server handshake iv"), Bytes.of(keys.iv().bytes()));
        assertEquals(TRACE.secret("server finished key"), Bytes.of(server.finishedKey().bytes()));
    }

    @Test
    void theNextGenerationIsTrafficUpdOverNothingForHashLengthBytes() {
        Secret secret = TRACE.secretValue("client application traffic secret");
        TrafficSecret current = TrafficSecret.of(PROVIDER, TRACE.parameters(), secret);
        Bytes expected = HandBuilt.expandLabel(PROVIDER.hkdf(TRACE.parameters().hash()),
                Bytes.of(secret.bytes()), "traffic upd", Bytes.EMPTY, 32);
        TrafficSecret next = current.next();
        assertEquals(expected, Bytes.of(next.secret().bytes()));
        assertNotEquals(Bytes.of(next.next().secret().bytes()), expected);
    }

    @Test
    void itsOpenerOpensTheServersFirstProtectedRecordOfRfc8448() {
        TrafficSecret server = TrafficSecret.of(PROVIDER, TRACE.parameters(),
                TRACE.secretValue("server handshake traffic secret"));
        var record = TRACE.json().get("records").get(2);
        ByteBuffer out = ByteBuffer.allocate(1000);
        RecordOpener opener = server.opener();
        assertEquals(ContentType.HANDSHAKE, opener.open(ByteBuffer.wrap(Vectors.hex(record.get("hex"))), out));
        assertEquals(Vectors.bytes(record.get("payload_hex")), Bytes.of(out.array(), 0, out.position()));
    }

    @ParameterizedTest
    @EnumSource(CipherSuiteParameters.class)
    void sealerAndOpenerOfOneSecretRoundTripUnderEverySuite(CipherSuiteParameters suite) {
        TrafficSecret secret = TrafficSecret.of(CryptoProviders.defaults(), suite, Secret.zeros(suite.hashLength()));
        assertEquals(suite.aead().keyLength(), secret.keys().key().length());
        assertEquals(suite.aead().nonceLength(), secret.keys().iv().length());
        RecordSealer sealer = secret.sealer(PaddingPolicy.fixed(3), UsageLimit.forAlgorithm(suite.aead()));
        ByteBuffer record = ByteBuffer.allocate(sealer.sealedLength(5));
        sealer.seal(ContentType.APPLICATION_DATA, ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}), record);
        ByteBuffer out = ByteBuffer.allocate(100);
        secret.opener().open(record.flip(), out);
        assertEquals(Bytes.ofUnsigned(1, 2, 3, 4, 5), Bytes.of(out.array(), 0, out.position()));
        assertEquals(secret.sealer().sealedLength(5), 5 + 5 + 1 + suite.aead().tagLength());
    }

    @Test
    void refusesASecretOfAnotherLengthThanTheHash() {
        assertThrows(IllegalArgumentException.class, () -> TrafficSecret.of(PROVIDER,
                CipherSuiteParameters.TLS_AES_256_GCM_SHA384, Secret.zeros(32)));
    }
}
