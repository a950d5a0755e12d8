package org.tlsref.crypto.bc;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.tlsref.api.TlsAlert;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.Secret;

/**
 * AES-GCM (RFC 5116 §5.1, §5.2), ChaCha20-Poly1305 (RFC 8439 §2.8), AES-128-CCM (RFC 5116 §5.3)
 * and AES-128-CCM_8 (RFC 6655 §3) on Bouncy Castle's lightweight API: {@code GCMBlockCipher},
 * {@code ChaCha20Poly1305} and {@code CCMBlockCipher} over {@code AESEngine}.
 *
 * <p>Bouncy Castle works on arrays: heap buffers are processed in place in their backing arrays;
 * direct and read-only buffers go through scratch arrays that grow to the largest record seen and
 * are then reused. The key schedule is set once; each call still allocates the small
 * {@code AEADParameters} that carries the nonce, as the lightweight API requires, and the modes'
 * own per-message state (about 0.4 to 0.6 KB per seal or open for GCM and ChaCha20-Poly1305).
 * {@code CCMBlockCipher} buffers the whole message and allocates a record-sized array on every
 * open (about 18 KB for a full record); its public API offers no way around that.
 *
 * <p>Nonce reuse is treated as in the JCA backend: sealing with the nonce of this object's
 * previous seal is an {@link IllegalArgumentException} (RFC 5116 §3.1), opening is unrestricted.
 * Bouncy Castle's GCM and ChaCha20-Poly1305 stream plaintext out before the tag is checked, so a
 * failed open zeroes the output region; positions are then left where they were. Not
 * thread-safe: one owner.
 */
final class BcAead implements Aead {
    private static final byte[] NONE = new byte[0];

    private final AeadAlgorithm algorithm;
    private final AEADCipher cipher;
    private final KeyParameter key;
    private final byte[] lastSealNonce;
    private final byte[] lastInitNonce;
    private boolean hasSealed;
    private boolean hasInitialized;
    private boolean keyed;
    private byte[] inScratch = NONE;
    private byte[] outScratch = NONE;
    private byte[] aadScratch = NONE;

    private BcAead(AeadAlgorithm algorithm, AEADCipher cipher, KeyParameter key) {
        this.algorithm = algorithm;
        this.cipher = cipher;
        this.key = key;
        this.lastSealNonce = new byte[algorithm.nonceLength()];
        this.lastInitNonce = new byte[algorithm.nonceLength()];
    }

    /**
     * A keyed AEAD for {@code algorithm}.
     *
     * @throws IllegalArgumentException for a key of the wrong length
     */
    static BcAead create(AeadAlgorithm algorithm, Secret key) {
        if (key.length() != algorithm.keyLength()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.keyLength()
                    + "-byte key, got " + key.length());
        }
        AEADCipher cipher = switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> GCMBlockCipher.newInstance(AESEngine.newInstance());
            case CHACHA20_POLY1305 -> new ChaCha20Poly1305();
            case AES_128_CCM, AES_128_CCM_8 -> CCMBlockCipher.newInstance(AESEngine.newInstance());
        };
        return new BcAead(algorithm, cipher, new KeyParameter(key.unsafeBytes()));
    }

    @Override
    public AeadAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void seal(byte[] nonce, ByteBuffer aad, ByteBuffer plaintext, ByteBuffer out) {
        checkNonce(nonce);
        int outputLength = plaintext.remaining() + algorithm.tagLength();
        checkOut(out, outputLength);
        if (hasSealed && Arrays.equals(nonce, lastSealNonce)) {
            throw new IllegalArgumentException("nonce reused for sealing under one " + algorithm
                    + " key (RFC 5116 §3.1: each nonce must be distinct)");
        }
        try {
            init(true, nonce, aad);
            System.arraycopy(nonce, 0, lastSealNonce, 0, nonce.length);
            hasSealed = true;
            process(plaintext, out, outputLength);
        } catch (InvalidCipherTextException | DataLengthException | IllegalStateException e) {
            keyed = false;
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
        try {
            init(false, nonce, aad);
            process(ciphertext, out, plaintextLength);
        } catch (InvalidCipherTextException | DataLengthException | IllegalStateException e) {
            keyed = false;
            wipe(out, plaintextLength);
            throw new TlsAlert(CryptoFailure.BAD_RECORD_MAC,
                    algorithm + " record did not authenticate", e);
        }
    }

    /** Sets direction and nonce (the key only the first time) and feeds the additional data. */
    private void init(boolean forEncryption, byte[] nonce, ByteBuffer aad) {
        if (forEncryption && hasInitialized && Arrays.equals(nonce, lastInitNonce)) {
            // Bouncy Castle refuses to encrypt with the nonce of the previous initialisation even
            // when that was a decryption (a seal repeating the last seal was refused above).
            byte[] other = nonce.clone();
            other[0] ^= 1;
            initCipher(false, other);
        }
        initCipher(forEncryption, nonce);
        int length = aad.remaining();
        if (aad.hasArray()) {
            cipher.processAADBytes(aad.array(), aad.arrayOffset() + aad.position(), length);
        } else {
            aadScratch = fit(aadScratch, length);
            aad.get(aad.position(), aadScratch, 0, length);
            cipher.processAADBytes(aadScratch, 0, length);
        }
    }

    /**
     * Runs the cipher over {@code in} (position to limit) into {@code out}, which receives exactly
     * {@code outputLength} bytes; advances both positions only on success.
     */
    private void process(ByteBuffer in, ByteBuffer out, int outputLength)
            throws InvalidCipherTextException {
        int inLength = in.remaining();
        if (in.hasArray() && out.hasArray()) {
            int outOffset = out.arrayOffset() + out.position();
            int n = cipher.processBytes(in.array(), in.arrayOffset() + in.position(), inLength,
                    out.array(), outOffset);
            cipher.doFinal(out.array(), outOffset + n);
        } else {
            inScratch = fit(inScratch, inLength);
            outScratch = fit(outScratch, outputLength);
            in.get(in.position(), inScratch, 0, inLength);
            try {
                int n = cipher.processBytes(inScratch, 0, inLength, outScratch, 0);
                cipher.doFinal(outScratch, n);
            } finally {
                Arrays.fill(inScratch, 0, inLength, (byte) 0);
            }
            out.put(out.position(), outScratch, 0, outputLength);
            Arrays.fill(outScratch, 0, outputLength, (byte) 0);
        }
        in.position(in.limit());
        out.position(out.position() + outputLength);
    }

    private void wipe(ByteBuffer out, int length) {
        if (out.hasArray()) {
            int start = out.arrayOffset() + out.position();
            Arrays.fill(out.array(), start, start + length, (byte) 0);
        }
        Arrays.fill(outScratch, (byte) 0);
    }

    private void initCipher(boolean forEncryption, byte[] nonce) {
        cipher.init(forEncryption,
                new AEADParameters(keyed ? null : key, algorithm.tagLength() * 8, nonce));
        keyed = true;
        hasInitialized = true;
        System.arraycopy(nonce, 0, lastInitNonce, 0, nonce.length);
    }

    private static byte[] fit(byte[] scratch, int length) {
        return scratch.length >= length ? scratch : new byte[length];
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
