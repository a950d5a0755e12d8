package org.tlsref.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * Secret key material: keys, IVs, traffic secrets, premaster and master secrets.
 *
 * <p>{@code toString} never shows the bytes; {@link #destroy()} zeroes them. Only the key
 * schedule, the backends, the key log and tests read them ({@link #bytes()} hands out a copy).
 */
public final class Secret implements Destroyable {
    private final byte[] key;
    private boolean destroyed;

    private Secret(byte[] key) {
        this.key = key;
    }

    /** A secret holding a copy of {@code key}. */
    public static Secret of(byte[] key) {
        return new Secret(key.clone());
    }

    /** A secret that takes ownership of {@code key} (no copy): for freshly derived arrays. */
    public static Secret wrap(byte[] key) {
        return new Secret(key);
    }

    /** {@code length} zero bytes, the all-zero input RFC 8446 §7.1 uses where no PSK or (EC)DHE is. */
    public static Secret zeros(int length) {
        return new Secret(new byte[length]);
    }

    /** The length in bytes. */
    public int length() {
        return key.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        checkLive();
        return key.clone();
    }

    /** The bytes without a copy, for backends inside this module's packages; never modify. */
    public byte[] unsafeBytes() {
        checkLive();
        return key;
    }

    /** Constant-time comparison with {@code other}. */
    public boolean equalsConstantTime(byte[] other) {
        checkLive();
        return MessageDigest.isEqual(key, other);
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void checkLive() {
        if (destroyed) {
            throw new IllegalStateException("secret was destroyed");
        }
    }

    @Override
    public String toString() {
        return "Secret[" + key.length + " bytes, redacted]";
    }
}
