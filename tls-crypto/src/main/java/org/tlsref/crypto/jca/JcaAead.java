package org.tlsref.crypto.jca;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tlsref.api.TlsAlert;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.Secret;

/**
 * AES-GCM (RFC 5116 §5.1, §5.2) and ChaCha20-Poly1305 (RFC 8439 §2.8) on the JDK's providers,
 * {@code "AES/GCM/NoPadding"} and {@code "ChaCha20-Poly1305"}, straight between the caller's
 * ByteBuffers (heap or direct, no copy).
 *
 * <p>Nonce reuse. RFC 5116 §3.1 requires a distinct nonce for each encryption under one key, and
 * the JDK enforces part of it: GCM refuses an encryption with the nonce of the previous one, and
 * ChaCha20-Poly1305 refuses any initialisation (decryption included) with the nonce of the
 * previous one. This class makes the rule the same for every algorithm and backend: sealing with
 * the nonce of this object's previous seal is an {@link IllegalArgumentException}, and opening
 * any nonce any number of times works (for ChaCha20-Poly1305 an initialisation with another nonce
 * is slipped in first when the JDK would refuse).
 *
 * <p>Allocation: the JCA has no way to give a Cipher a new nonce without a new parameter object,
 * and its {@code init} rebuilds internal state, so each call allocates a few small objects (about
 * 1 to 3 KB per seal or open). AES-GCM works on the caller's buffers directly; ChaCha20-Poly1305
 * passes direct and read-only buffers, and additional data outside a heap array, through arrays
 * kept for reuse (see {@code doFinal} and {@code updateAad}).
 *
 * <p>On a failed open the output region is zeroed and both buffers' positions are left where they
 * were. Not thread-safe: one owner, as {@link Aead} says.
 */
final class JcaAead implements Aead {
    private static final int TAG_BITS = 128;

    private final AeadAlgorithm algorithm;
    private final Cipher cipher;
    private final SecretKeySpec key;
    private final byte[] lastSealNonce;
    private final byte[] lastInitNonce;
    private byte[] aadScratch = new byte[0];
    private byte[] inScratch = new byte[0];
    private byte[] outScratch = new byte[0];
    private boolean hasSealed;
    private boolean hasInitialized;

    private JcaAead(AeadAlgorithm algorithm, Cipher cipher, SecretKeySpec key) {
        this.algorithm = algorithm;
        this.cipher = cipher;
        this.key = key;
        this.lastSealNonce = new byte[algorithm.nonceLength()];
        this.lastInitNonce = new byte[algorithm.nonceLength()];
    }

    /**
     * A keyed AEAD for {@code algorithm}.
     *
     * @throws IllegalArgumentException for AES-CCM (the JDK 17 providers have none), a key of the
     *     wrong length, or a JDK without the cipher
     */
    static JcaAead create(AeadAlgorithm algorithm, Secret key) {
        String transformation = transformation(algorithm);
        if (key.length() != algorithm.keyLength()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.keyLength()
                    + "-byte key, got " + key.length());
        }
        String keyAlgorithm = algorithm == AeadAlgorithm.CHACHA20_POLY1305 ? "ChaCha20" : "AES";
        try {
            return new JcaAead(algorithm, Cipher.getInstance(transformation),
                    new SecretKeySpec(key.unsafeBytes(), keyAlgorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("this JDK has no " + transformation, e);
        }
    }

    private static String transformation(AeadAlgorithm algorithm) {
        return switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> "AES/GCM/NoPadding";
            case CHACHA20_POLY1305 -> "ChaCha20-Poly1305";
            default -> throw new IllegalArgumentException("the JDK 17 providers have no "
                    + algorithm + " (SunJCE lacks AES-CCM); take it from Backend.BOUNCY_CASTLE");
        };
    }

    @Override
    public AeadAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void seal(byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) {
        checkNonce(nonce);
        checkOut(out, plaintext.remaining() + algorithm.tagLength());
        if (hasSealed && Arrays.equals(nonce, lastSealNonce)) {
            throw new IllegalArgumentException("nonce reused for sealing under one " + algorithm
                    + " key (RFC 5116 §3.1: each nonce must be distinct)");
        }
        try {
            init(Cipher.ENCRYPT_MODE, nonce);
            System.arraycopy(nonce, 0, lastSealNonce, 0, nonce.length);
            hasSealed = true;
            updateAad(aad);
            doFinal(plaintext, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(algorithm + " seal failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void open(byte[] nonce, ByteBuffer aad, ByteBuffer ciphertext, ByteBuffer out) {
        checkNonce(nonce);
        int plaintextLength = ciphertext.remaining() - algorithm.tagLength();
        if (plaintextLength < 0) {
            throw new TlsAlert(CryptoFailure.BAD_RECORD_MAC, algorithm + " ciphertext of "
                    + ciphertext.remaining() + " bytes is shorter than the tag");
        }
        checkOut(out, plaintextLength);
        int inStart = ciphertext.position();
        int outStart = out.position();
        try {
            init(Cipher.DECRYPT_MODE, nonce);
            updateAad(aad);
            doFinal(ciphertext, out);
        } catch (GeneralSecurityException e) {
            throw failedOpen(ciphertext, inStart, out, outStart, plaintextLength, e);
        }
    }

    private TlsAlert failedOpen(ByteBuffer ciphertext, int inStart, ByteBuffer out, int outStart,
            int plaintextLength, GeneralSecurityException cause) {
        for (int i = 0; i < plaintextLength; i++) {
            out.put(outStart + i, (byte) 0);
        }
        out.position(outStart);
        ciphertext.position(inStart);
        return new TlsAlert(CryptoFailure.BAD_RECORD_MAC,
                algorithm + " record did not authenticate", cause);
    }

    private void init(int mode, byte[] nonce) throws GeneralSecurityException {
        if (algorithm == AeadAlgorithm.CHACHA20_POLY1305 && hasInitialized
                && Arrays.equals(nonce, lastInitNonce)) {
            // The JDK refuses two initialisations in a row with one key and nonce, even to decrypt
            // (checked above for sealing); another nonce in between lifts the refusal.
            byte[] other = nonce.clone();
            other[0] ^= 1;
            cipher.init(Cipher.DECRYPT_MODE, key, parameters(other));
        }
        cipher.init(mode, key, parameters(nonce));
        System.arraycopy(nonce, 0, lastInitNonce, 0, nonce.length);
        hasInitialized = true;
    }

    private AlgorithmParameterSpec parameters(byte[] nonce) {
        return algorithm == AeadAlgorithm.CHACHA20_POLY1305
                ? new IvParameterSpec(nonce)
                : new GCMParameterSpec(TAG_BITS, nonce);
    }

    /**
     * Runs the cipher from {@code in} into {@code out}. The JDK's ChaCha20-Poly1305 has no
     * ByteBuffer path of its own and copies a direct or read-only buffer into fresh arrays on every
     * call (CipherSpi's default), so for it such buffers go through arrays kept for reuse.
     */
    private void doFinal(ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        if (algorithm != AeadAlgorithm.CHACHA20_POLY1305 || (in.hasArray() && out.hasArray())) {
            cipher.doFinal(in, out);
            return;
        }
        int inLength = in.remaining();
        inScratch = fit(inScratch, inLength);
        outScratch = fit(outScratch, inLength + algorithm.tagLength());
        in.get(in.position(), inScratch, 0, inLength);
        try {
            int written = cipher.doFinal(inScratch, 0, inLength, outScratch, 0);
            out.put(out.position(), outScratch, 0, written);
            in.position(in.limit());
            out.position(out.position() + written);
        } finally {
            Arrays.fill(inScratch, 0, inLength, (byte) 0);
            Arrays.fill(outScratch, (byte) 0);
        }
    }

    private static byte[] fit(byte[] scratch, int length) {
        return scratch.length >= length ? scratch : new byte[length];
    }

    /**
     * Feeds the additional data through the array API: on JDK 17 the JDK's
     * {@code updateAAD(ByteBuffer)} gives ChaCha20-Poly1305 a wrong tag for 16 bytes or more
     * (JDK-8297972, Poly1305 reading a ByteBuffer in its byte order instead of little-endian).
     */
    private void updateAad(ByteBuffer aad) {
        int length = aad.remaining();
        if (aad.hasArray()) {
            cipher.updateAAD(aad.array(), aad.arrayOffset() + aad.position(), length);
        } else {
            aadScratch = fit(aadScratch, length);
            aad.get(aad.position(), aadScratch, 0, length);
            cipher.updateAAD(aadScratch, 0, length);
        }
    }

    private void checkNonce(byte[] nonce) {
        if (nonce.length != algorithm.nonceLength()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.nonceLength()
                    + "-byte nonce, got " + nonce.length);
        }
    }

    private void checkOut(ByteBuffer out, int needed) {
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("output buffer is read-only");
        }
        if (out.remaining() < needed) {
            throw new IllegalArgumentException("output buffer too small: " + algorithm + " needs "
                    + needed + " bytes, " + out.remaining() + " remain");
        }
    }
}
