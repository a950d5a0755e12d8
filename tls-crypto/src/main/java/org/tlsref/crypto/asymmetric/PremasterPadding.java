package org.tlsref.crypto.asymmetric;

import java.util.Arrays;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;

/**
 * The PKCS #1 v1.5 encryption block around a TLS 1.2 premaster secret (RFC 8017 §7.2;
 * RFC 5246 §7.4.7.1), shared by both backends, which only supply the raw RSA operation.
 *
 * <p>Encoding draws the padding string from the injected {@link RandomSource}, so encryption is
 * reproducible and identical in both backends. Decoding is the RFC's implicit rejection, written
 * without a branch or early exit that depends on the decrypted bytes: because the message must be
 * exactly 48 bytes, every byte has a fixed role (EM = 0x00 ‖ 0x02 ‖ PS ‖ 0x00 ‖ M with |M| = 48,
 * |PS| = k - 51 ≥ 8), and the checks are folded into one mask that selects, byte by byte, between
 * M and the random fallback.
 */
public final class PremasterPadding {
    /** The length of a premaster secret (RFC 5246 §7.4.7.1). */
    public static final int PREMASTER_LENGTH = 48;
    /** The smallest modulus length that fits 48 bytes and 8 bytes of padding (RFC 8017 §7.2.1). */
    public static final int MINIMUM_MODULUS_LENGTH = PREMASTER_LENGTH + 11;

    private PremasterPadding() {
    }

    /**
     * RFC 8017 §7.2.1 step 2, EME-PKCS1-v1_5 encoding for a modulus of {@code k} bytes: PS is
     * k - 51 nonzero bytes drawn from {@code random}, a zero byte drawn being replaced by the next
     * nonzero one.
     *
     * @throws IllegalArgumentException if the premaster is not 48 bytes or k is too small
     */
    public static byte[] encode(Secret premaster, int k, RandomSource random) {
        if (premaster.length() != PREMASTER_LENGTH) {
            throw new IllegalArgumentException("premaster secret must be 48 bytes, not "
                    + premaster.length());
        }
        checkModulusLength(k);
        byte[] em = new byte[k];
        em[1] = 2;
        int separator = k - PREMASTER_LENGTH - 1;
        byte[] padding = random.nextBytes(separator - 2);
        for (int i = 0; i < padding.length; i++) {
            em[2 + i] = padding[i] != 0 ? padding[i] : nonZeroByte(random);
        }
        System.arraycopy(premaster.unsafeBytes(), 0, em, separator + 1, PREMASTER_LENGTH);
        return em;
    }

    /**
     * RFC 5246 §7.4.7.1 with its 48-byte R: returns M when {@code em} is a well-formed block whose
     * message is 48 bytes starting with {@code clientVersion}, and {@code fallback} (R, drawn
     * before decryption) otherwise, in time independent of which. {@code em} is the raw RSA
     * output, exactly k bytes.
     */
    public static Secret decode(byte[] em, ProtocolVersion clientVersion, byte[] fallback) {
        int separator = em.length - PREMASTER_LENGTH - 1;
        int good = equal(em[0], 0) & equal(em[1], 2);
        for (int i = 2; i < separator; i++) {
            good &= 1 ^ equal(em[i], 0);
        }
        good &= equal(em[separator], 0);
        good &= equal(em[separator + 1], clientVersion.code() >>> 8);
        good &= equal(em[separator + 2], clientVersion.code() & 0xFF);
        int mask = -good;
        byte[] out = new byte[PREMASTER_LENGTH];
        for (int i = 0; i < PREMASTER_LENGTH; i++) {
            out[i] = (byte) ((em[separator + 1 + i] & mask) | (fallback[i] & ~mask));
        }
        Arrays.fill(em, (byte) 0);
        return Secret.wrap(out);
    }

    /**
     * Checks a server key's modulus length in bytes.
     *
     * @throws IllegalArgumentException below {@link #MINIMUM_MODULUS_LENGTH}
     */
    public static void checkModulusLength(int k) {
        if (k < MINIMUM_MODULUS_LENGTH) {
            throw new IllegalArgumentException("RSA modulus of " + k
                    + " bytes cannot carry a premaster secret");
        }
    }

    /** 1 when the low byte of {@code a} equals {@code b}, 0 otherwise, without branching. */
    private static int equal(int a, int b) {
        int difference = (a ^ b) & 0xFF;
        return (difference - 1) >>> 31;
    }

    private static byte nonZeroByte(RandomSource random) {
        byte[] one = new byte[1];
        do {
            random.nextBytes(one);
        } while (one[0] == 0);
        return one[0];
    }
}
