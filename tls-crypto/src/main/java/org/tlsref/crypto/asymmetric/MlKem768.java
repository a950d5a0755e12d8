package org.tlsref.crypto.asymmetric;

import java.util.Arrays;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;

/**
 * ML-KEM-768 (FIPS 203) as the hybrid groups use it (draft-ietf-tls-ecdhe-mlkem §4): the client
 * generates a key pair, the server encapsulates to the client's encapsulation key, the client
 * decapsulates.
 *
 * <p>Both backends use this class: JDK 17's JCA has no ML-KEM (it arrived in JDK 24, JEP 496), so
 * the implementation is bcprov's lightweight one. Randomness is injected at FIPS 203's own seams:
 * key generation takes d ‖ z, the next 64 bytes of the {@link RandomSource}
 * (ML-KEM.KeyGen_internal, Algorithm 16), and encapsulation takes m, the next 32 bytes
 * (ML-KEM.Encaps_internal, Algorithm 17). Peer inputs are checked as FIPS 203 §7.2 and §7.3 and
 * the draft's §4.2 require.
 */
public final class MlKem768 {
    /** The encapsulation key length, 384k + 32 with k = 3. */
    public static final int ENCAPSULATION_KEY_LENGTH = 1184;
    /** The ciphertext length, 32(d_u k + d_v). */
    public static final int CIPHERTEXT_LENGTH = 1088;
    /** The shared secret length. */
    public static final int SHARED_SECRET_LENGTH = 32;

    private static final MLKEMParameters PARAMETERS = MLKEMParameters.ml_kem_768;
    private static final int SEED_LENGTH = 64;
    private static final int MESSAGE_LENGTH = 32;
    private static final int Q = 3329;
    private static final int ENCODED_VECTOR_LENGTH = 384 * 3;

    private MlKem768() {
    }

    /** ML-KEM.KeyGen with d ‖ z drawn from {@code random}. */
    public static DecapsulationKey generate(RandomSource random) {
        byte[] seed = random.nextBytes(SEED_LENGTH);
        DecapsulationKey key = new DecapsulationKey(new MLKEMPrivateKeyParameters(PARAMETERS, seed));
        Arrays.fill(seed, (byte) 0);
        return key;
    }

    /**
     * ML-KEM.Encaps to a peer's encapsulation key, with m drawn from {@code random}, after the
     * encapsulation key check (draft-ietf-tls-ecdhe-mlkem §4.2: "the server MUST perform the
     * encapsulation key check described in Section 7.2 of [NIST-FIPS-203] ... and abort with an
     * illegal_parameter alert if it fails").
     *
     * @throws org.tlsref.api.TlsAlert with
     *     {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE} if the check fails
     */
    public static Encapsulation encapsulate(Bytes encapsulationKey, RandomSource random) {
        checkEncapsulationKey(encapsulationKey);
        MLKEMPublicKeyParameters key =
                new MLKEMPublicKeyParameters(PARAMETERS, encapsulationKey.toByteArray());
        byte[] m = random.nextBytes(MESSAGE_LENGTH);
        SecretWithEncapsulation result = MLKEMGenerator.internalGenerateEncapsulated(key, m);
        Arrays.fill(m, (byte) 0);
        return new Encapsulation(Bytes.of(result.getEncapsulation()), Secret.wrap(result.getSecret()));
    }

    /**
     * FIPS 203 §7.2: the type check (1184 bytes) and the modulus check (every 12-bit coefficient
     * of the encoded vector below q = 3329, which is what ByteEncode12(ByteDecode12(ek)) = ek
     * amounts to).
     *
     * @throws org.tlsref.api.TlsAlert with
     *     {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE} if either fails
     */
    public static void checkEncapsulationKey(Bytes encapsulationKey) {
        KeyShareChecks.requireLength(encapsulationKey, ENCAPSULATION_KEY_LENGTH,
                "ML-KEM-768 encapsulation key");
        for (int i = 0; i < ENCODED_VECTOR_LENGTH; i += 3) {
            int b0 = encapsulationKey.get(i);
            int b1 = encapsulationKey.get(i + 1);
            int b2 = encapsulationKey.get(i + 2);
            int low = b0 | (b1 & 0x0F) << 8;
            int high = b1 >>> 4 | b2 << 4;
            if (low >= Q || high >= Q) {
                throw KeyShareChecks.invalid(
                        "ML-KEM-768 encapsulation key: coefficient not reduced modulo q");
            }
        }
    }

    /** A shared secret and the ciphertext that carries it to the key's owner. */
    public record Encapsulation(Bytes ciphertext, Secret sharedSecret) {
    }

    /** The holder's side: the decapsulation key, with its encapsulation key. */
    public static final class DecapsulationKey {
        private final MLKEMPrivateKeyParameters key;
        private final Bytes encapsulationKey;

        private DecapsulationKey(MLKEMPrivateKeyParameters key) {
            this.key = key;
            this.encapsulationKey = Bytes.of(key.getPublicKey());
        }

        /** The encapsulation key to send (FIPS 203 ek, 1184 bytes). */
        public Bytes encapsulationKey() {
            return encapsulationKey;
        }

        /** The FIPS 203 encoding of the decapsulation key dk, for known-answer tests. */
        public Secret encoded() {
            return Secret.wrap(key.getEncoded());
        }

        /**
         * ML-KEM.Decaps, after the ciphertext type check (draft-ietf-tls-ecdhe-mlkem §4.2: "the
         * client MUST check if the ciphertext length matches the selected group, and abort with
         * an illegal_parameter alert if it fails"). A well-formed but wrong ciphertext yields
         * FIPS 203's implicit-rejection secret, not an error.
         *
         * @throws org.tlsref.api.TlsAlert with
         *     {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE} for a wrong length
         */
        public Secret decapsulate(Bytes ciphertext) {
            KeyShareChecks.requireLength(ciphertext, CIPHERTEXT_LENGTH, "ML-KEM-768 ciphertext");
            return Secret.wrap(new MLKEMExtractor(key).extractSecret(ciphertext.toByteArray()));
        }
    }
}
