package org.tlsref.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.ref.WeakReference;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.WNafUtil;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.TestKeys;

/** {@link BcKeyCache}: the same parameters as a fresh conversion, fewer conversions, bounded. */
class BcKeyCacheTest {
    private final AtomicInteger publicConversions = new AtomicInteger();
    private final AtomicInteger privateConversions = new AtomicInteger();

    private BcKeyCache counting(int capacity) {
        return new BcKeyCache(capacity, encoded -> {
            publicConversions.incrementAndGet();
            return BcKeys.publicKey(encoded);
        }, key -> {
            privateConversions.incrementAndGet();
            return BcKeys.privateKey(key);
        });
    }

    @Test
    void cachedPublicKeyEqualsAFreshConversionAndIsConvertedOncePerEncoding() throws Exception {
        BcKeyCache cache = counting(4);
        PublicKey key = TestKeys.ec("secp256r1").getPublic();
        PublicKey sameKeyAnotherObject = TestKeys.keyFactory("EC")
                .generatePublic(new X509EncodedKeySpec(key.getEncoded()));

        ECPublicKeyParameters cached = (ECPublicKeyParameters) cache.publicKey(key);
        ECPublicKeyParameters fresh = (ECPublicKeyParameters) BcKeys.publicKey(key);

        assertEquals(fresh.getQ(), cached.getQ());
        assertEquals(fresh.getParameters(), cached.getParameters());
        assertSame(cached, cache.publicKey(key));
        assertSame(cached, cache.publicKey(sameKeyAnotherObject));
        assertEquals(1, publicConversions.get());
    }

    @Test
    void cachedPrivateKeyEqualsAFreshConversionAndIsKeyedByIdentity() throws Exception {
        BcKeyCache cache = counting(4);
        PrivateKey key = TestKeys.ec("secp256r1").getPrivate();
        PrivateKey equalButDistinct = TestKeys.keyFactory("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));

        ECPrivateKeyParameters cached = (ECPrivateKeyParameters) cache.privateKey(key);
        ECPrivateKeyParameters fresh = (ECPrivateKeyParameters) BcKeys.privateKey(key);

        assertEquals(fresh.getD(), cached.getD());
        assertEquals(fresh.getParameters(), cached.getParameters());
        assertSame(cached, cache.privateKey(key));
        assertEquals(1, privateConversions.get());
        AsymmetricKeyParameter other = cache.privateKey(equalButDistinct);
        assertNotSame(cached, other);
        assertEquals(cached.getD(), ((ECPrivateKeyParameters) other).getD());
        assertEquals(2, privateConversions.get());
    }

    @Test
    void holdsAtMostItsCapacityDroppingTheLeastRecentlyUsed() throws Exception {
        BcKeyCache cache = counting(3);
        List<KeyPair> pairs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pairs.add(newEcKeyPair());
        }
        for (KeyPair pair : pairs) {
            cache.publicKey(pair.getPublic());
            cache.privateKey(pair.getPrivate());
        }
        assertEquals(3, cache.publicKeyCount());
        assertEquals(3, cache.privateKeyCount());
        assertEquals(10, publicConversions.get());

        cache.publicKey(pairs.get(9).getPublic());
        assertEquals(10, publicConversions.get(), "the most recent key is still held");
        cache.publicKey(pairs.get(0).getPublic());
        assertEquals(11, publicConversions.get(), "the first key was dropped");
        assertEquals(3, cache.publicKeyCount());
    }

    @Test
    void aCollectedPrivateKeyLeavesTheCache() throws Exception {
        BcKeyCache cache = counting(4);
        WeakReference<PrivateKey> probe = convertAndForget(cache);
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(probe.get(), "fifty System.gc() calls did not clear the key");
        assertEquals(0, cache.privateKeyCount());
    }

    @Test
    void verificationsThroughTheCacheShareOnePrecomputedPoint() throws Exception {
        BcKeyCache cache = new BcKeyCache(4);
        KeyPair pair = TestKeys.ec("secp256r1");
        Bytes message = Bytes.of(new byte[] {1, 2, 3});
        Bytes signature = BcAsymmetric.deterministicEcdsaSigner(
                SignatureScheme.ECDSA_SECP256R1_SHA256, pair.getPrivate(), SignaturePolicy.TLS13)
                .sign(message, new FixedRandom());
        BcVerifier verifier = new BcVerifier(SignatureScheme.ECDSA_SECP256R1_SHA256,
                SignaturePolicy.TLS13, cache);

        verifier.verify(pair.getPublic(), message, signature);
        ECPublicKeyParameters parameters = (ECPublicKeyParameters) cache.publicKey(pair.getPublic());
        assertNotNull(parameters.getQ().getCurve().getPreCompInfo(parameters.getQ(),
                WNafUtil.PRECOMP_NAME), "the first verification left its precomputation");
        verifier.verify(TestKeys.keyFactory("EC").generatePublic(
                new X509EncodedKeySpec(pair.getPublic().getEncoded())), message, signature);
        assertSame(parameters, cache.publicKey(pair.getPublic()));
        assertEquals(1, cache.publicKeyCount());
    }

    @Test
    void refusesANonPositiveCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new BcKeyCache(0));
    }

    private static WeakReference<PrivateKey> convertAndForget(BcKeyCache cache)
            throws GeneralSecurityException {
        PrivateKey key = TestKeys.keyFactory("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(
                        TestKeys.ec("secp256r1").getPrivate().getEncoded()));
        cache.privateKey(key);
        assertEquals(1, cache.privateKeyCount());
        return new WeakReference<>(key);
    }

    private static KeyPair newEcKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
