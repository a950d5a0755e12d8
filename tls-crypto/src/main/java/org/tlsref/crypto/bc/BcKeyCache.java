package org.tlsref.crypto.bc;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.tlsref.api.codec.Bytes;

/**
 * Remembers the Bouncy Castle parameters of recently used {@code java.security} keys, so a key
 * is parsed once and not on every signature, and so an EC public key keeps the one point object
 * to which Bouncy Castle attaches its WNAF precomputation (which a fresh conversion would redo on
 * every verification).
 *
 * <p>Public keys are looked up by their SubjectPublicKeyInfo encoding: equal keys share an entry
 * whatever object carries them (each handshake hands over the certificate's key anew), and a
 * public key is no secret, so holding it is harmless. Private keys are looked up by identity and
 * held weakly: the cache never keeps a key object alive, and an entry whose key was collected is
 * dropped (with its copy of the private scalar) at the next use of the cache. Both parts hold at
 * most {@code capacity} entries, least recently used out first.
 *
 * <p>Thread-safe: one lock per part, held only for the lookup, never during a conversion.
 */
final class BcKeyCache {
    /** Entries per part when a provider does not say otherwise. */
    static final int DEFAULT_CAPACITY = 32;

    private final int capacity;
    private final Map<Bytes, AsymmetricKeyParameter> publicKeys;
    private final Map<IdentityKey, AsymmetricKeyParameter> privateKeys;
    private final ReferenceQueue<PrivateKey> collected = new ReferenceQueue<>();
    private final Function<byte[], AsymmetricKeyParameter> publicConversion;
    private final Function<PrivateKey, AsymmetricKeyParameter> privateConversion;

    /** A cache over {@link BcKeys}' conversions. */
    BcKeyCache(int capacity) {
        this(capacity, BcKeys::publicKey, BcKeys::privateKey);
    }

    /** A cache over the given conversions (tests count the calls). */
    BcKeyCache(int capacity, Function<byte[], AsymmetricKeyParameter> publicConversion,
            Function<PrivateKey, AsymmetricKeyParameter> privateConversion) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.publicKeys = lru(capacity);
        this.privateKeys = lru(capacity);
        this.publicConversion = publicConversion;
        this.privateConversion = privateConversion;
    }

    /**
     * The lightweight form of a public key, converted at most once per encoding while it stays
     * among the most recently used.
     *
     * @throws IllegalArgumentException if the key has no SubjectPublicKeyInfo Bouncy Castle reads
     */
    AsymmetricKeyParameter publicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("the public key has no encoding");
        }
        Bytes id = Bytes.of(encoded);
        synchronized (publicKeys) {
            AsymmetricKeyParameter known = publicKeys.get(id);
            if (known != null) {
                return known;
            }
        }
        AsymmetricKeyParameter converted = publicConversion.apply(encoded);
        synchronized (publicKeys) {
            AsymmetricKeyParameter raced = publicKeys.putIfAbsent(id, converted);
            return raced != null ? raced : converted;
        }
    }

    /**
     * The lightweight form of a local private key, converted at most once per key object while it
     * stays among the most recently used.
     *
     * @throws IllegalArgumentException if the key has no PKCS #8 encoding Bouncy Castle reads
     */
    AsymmetricKeyParameter privateKey(PrivateKey key) {
        IdentityKey probe = new IdentityKey(key, null);
        synchronized (privateKeys) {
            expungeCollected();
            AsymmetricKeyParameter known = privateKeys.get(probe);
            if (known != null) {
                return known;
            }
        }
        AsymmetricKeyParameter converted = privateConversion.apply(key);
        synchronized (privateKeys) {
            AsymmetricKeyParameter raced =
                    privateKeys.putIfAbsent(new IdentityKey(key, collected), converted);
            return raced != null ? raced : converted;
        }
    }

    /** How many public keys are held now. */
    int publicKeyCount() {
        synchronized (publicKeys) {
            return publicKeys.size();
        }
    }

    /** How many private keys are held now, after dropping those whose key was collected. */
    int privateKeyCount() {
        synchronized (privateKeys) {
            expungeCollected();
            return privateKeys.size();
        }
    }

    /** The most entries each part holds. */
    int capacity() {
        return capacity;
    }

    /** Drops the entries whose key object the collector has cleared; holds the lock. */
    private void expungeCollected() {
        Reference<? extends PrivateKey> cleared;
        while ((cleared = collected.poll()) != null) {
            privateKeys.remove(cleared);
        }
    }

    private static <K> Map<K, AsymmetricKeyParameter> lru(int capacity) {
        return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, AsymmetricKeyParameter> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * A weak reference to a key object that compares by the identity of its referent (and, once
     * cleared, only to itself), so the map finds the entry again without holding the key.
     */
    private static final class IdentityKey extends WeakReference<PrivateKey> {
        private final int hash;

        IdentityKey(PrivateKey key, ReferenceQueue<PrivateKey> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof IdentityKey that) || hash != that.hash) {
                return false;
            }
            PrivateKey key = get();
            return key != null && key == that.get();
        }
    }
}
