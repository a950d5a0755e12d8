package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.bc.BcCryptoProvider;
import org.tlsref.crypto.jca.JcaCryptoProvider;

/**
 * The two backends' hashes, HMACs, HKDFs and TLS 1.2 PRFs agree on random inputs, and a
 * transcript snapshot is the digest of exactly the prefix added so far.
 */
class HashFamilyPropertiesTest {
    private static final CryptoProvider JCA = new JcaCryptoProvider();
    private static final CryptoProvider BC = new BcCryptoProvider();

    private static Bytes digest(CryptoProvider provider, HashAlgorithm algorithm, byte[] data,
            int length) {
        TranscriptHash hash = provider.hash(algorithm);
        hash.update(data, 0, length);
        return hash.snapshot();
    }

    @Property(tries = 10000)
    void aSnapshotIsTheDigestOfThePrefixAndBackendsAgree(@ForAll HashAlgorithm algorithm,
            @ForAll @Size(max = 2000) byte[] data, @ForAll @IntRange(min = 0) int splitChoice) {
        int split = data.length == 0 ? 0 : splitChoice % (data.length + 1);
        for (CryptoProvider provider : new CryptoProvider[] {JCA, BC}) {
            CryptoProvider other = provider == JCA ? BC : JCA;
            TranscriptHash hash = provider.hash(algorithm);
            hash.update(data, 0, split);
            assertEquals(digest(other, algorithm, data, split), hash.snapshot());
            hash.update(data, split, data.length - split);
            assertEquals(digest(other, algorithm, data, data.length), hash.snapshot());
        }
    }

    @Property(tries = 10000)
    void hmacsAgree(@ForAll HashAlgorithm algorithm, @ForAll @Size(max = 200) byte[] key,
            @ForAll @Size(max = 1000) byte[] data) {
        assertEquals(JCA.hmac(algorithm).mac(Secret.of(key), Bytes.of(data)),
                BC.hmac(algorithm).mac(Secret.of(key), Bytes.of(data)));
    }

    @Property(tries = 10000)
    void hkdfExtractAndExpandAgree(@ForAll HashAlgorithm algorithm,
            @ForAll @Size(max = 100) byte[] salt, @ForAll @Size(max = 100) byte[] ikm,
            @ForAll @Size(max = 100) byte[] info, @ForAll @IntRange(min = 0, max = 16320) int l) {
        int length = l % (255 * algorithm.outputLength() + 1);
        Secret prkJca = JCA.hkdf(algorithm).extract(Bytes.of(salt), Secret.of(ikm));
        Secret prkBc = BC.hkdf(algorithm).extract(Bytes.of(salt), Secret.of(ikm));
        assertArrayEquals(prkJca.bytes(), prkBc.bytes());
        assertArrayEquals(JCA.hkdf(algorithm).expand(prkJca, Bytes.of(info), length).bytes(),
                BC.hkdf(algorithm).expand(prkBc, Bytes.of(info), length).bytes());
    }

    @Property(tries = 10000)
    void tls12PrfsAgree(@ForAll HashAlgorithm algorithm, @ForAll @Size(max = 64) byte[] secret,
            @ForAll @StringLength(max = 30) @CharRange(from = ' ', to = '~') String label,
            @ForAll @Size(max = 100) byte[] seed, @ForAll @IntRange(min = 0, max = 300) int length) {
        assertArrayEquals(
                JCA.prf(algorithm).derive(Secret.of(secret), label, Bytes.of(seed), length).bytes(),
                BC.prf(algorithm).derive(Secret.of(secret), label, Bytes.of(seed), length).bytes());
    }
}
