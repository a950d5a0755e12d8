package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.CryptoProviders;

/**
 * Sealing then opening gives back every content of every type under every padding policy and
 * every TLS 1.3 AEAD, and an opener given anything else ends in a {@link TlsAlert} and nothing
 * else.
 *
 * <p>Tries: the round trip runs 2,000 (records up to 2^14 bytes, uniform, and Bouncy Castle's
 * AES-CCM without intrinsics is the slow case on the two shared build cores, as in tls-crypto's
 * AeadPropertiesTest); the cheap properties run 10,000.
 */
class RecordProtectionPropertiesTest {
    private static final CryptoProvider PROVIDER = CryptoProviders.defaults();
    private static final int MAX_CONTENT = 1 << 14;
    private static final List<ContentType> TYPES =
            List.of(ContentType.HANDSHAKE, ContentType.ALERT, ContentType.APPLICATION_DATA);

    @Provide
    Arbitrary<byte[]> contents() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(MAX_CONTENT)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<ContentType> types() {
        return Arbitraries.of(TYPES);
    }

    @Provide
    Arbitrary<PaddingPolicy> policies() {
        return Arbitraries.oneOf(
                Arbitraries.just(PaddingPolicy.none()),
                Arbitraries.integers().between(0, MAX_CONTENT).map(PaddingPolicy::fixed),
                Arbitraries.integers().between(1, MAX_CONTENT + 1).map(PaddingPolicy::toMultipleOf));
    }

    @Property(tries = 2000)
    void sealThenOpenGivesBackTheContentAndType(@ForAll AeadAlgorithm algorithm,
            @ForAll @Size(32) byte[] key, @ForAll @Size(12) byte[] iv, @ForAll("types") ContentType type,
            @ForAll("contents") byte[] content, @ForAll("policies") PaddingPolicy padding,
            @ForAll @IntRange(min = 0, max = 3) int recordsBefore) {
        if (content.length == 0 && type != ContentType.APPLICATION_DATA) {
            content = new byte[] {1};
        }
        Secret keySecret = Secret.of(Arrays.copyOf(key, algorithm.keyLength()));
        RecordSealer sealer = RecordSealer.create(PROVIDER.aead(algorithm, keySecret), Secret.of(iv),
                padding, UsageLimit.forAlgorithm(algorithm));
        RecordOpener opener = RecordOpener.create(PROVIDER.aead(algorithm, keySecret), Secret.of(iv));
        for (int i = 0; i <= recordsBefore; i++) {
            ByteBuffer record = ByteBuffer.allocate(sealer.sealedLength(content.length));
            sealer.seal(type, ByteBuffer.wrap(content), record);
            record.flip();
            ByteBuffer out = ByteBuffer.allocate(MAX_CONTENT + 1);
            assertEquals(type, opener.open(record, out));
            assertEquals(Bytes.of(content), Bytes.of(out.array(), 0, out.position()));
        }
    }

    @Property(tries = 10000)
    void anyCiphertextTheKeyDidNotSealIsATlsAlert(@ForAll @Size(max = 600) byte[] fragment,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int version, @ForAll boolean applicationData) {
        RecordOpener opener = RecordOpener.create(
                PROVIDER.aead(AeadAlgorithm.AES_128_GCM, Secret.of(new byte[16])), Secret.of(new byte[12]));
        ByteBuffer record = ByteBuffer.allocate(5 + fragment.length);
        record.put((byte) (applicationData ? 23 : 22)).putShort((short) version)
                .putShort((short) fragment.length).put(fragment).flip();
        try {
            opener.open(record, ByteBuffer.allocate(1000));
            throw new AssertionError("random bytes opened");
        } catch (TlsAlert expected) {
            // The only acceptable outcome.
        }
    }
}
