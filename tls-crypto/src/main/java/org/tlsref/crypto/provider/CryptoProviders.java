package org.tlsref.crypto.provider;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;

/**
 * Where a {@link CryptoProvider} comes from: the default per-algorithm mix of the two backends,
 * one backend alone, or a mix built algorithm by algorithm.
 *
 * <p>The default choice, and why (tls-crypto/README.md has the measurements behind it):
 * <table>
 * <caption>Default backend per algorithm</caption>
 * <tr><th>algorithm</th><th>backend</th><th>why</th></tr>
 * <tr><td>AES-128-GCM, AES-256-GCM</td><td>JCA</td>
 *     <td>AES-NI and carry-less multiply intrinsics; an order of magnitude faster</td></tr>
 * <tr><td>ChaCha20-Poly1305</td><td>JCA</td>
 *     <td>faster than Bouncy Castle on JDK 17 even without ChaCha20 intrinsics</td></tr>
 * <tr><td>AES-128-CCM, AES-128-CCM_8</td><td>Bouncy Castle</td>
 *     <td>the JDK 17 providers have no CCM mode</td></tr>
 * <tr><td>SHA-256/384/512 with their HMAC, HKDF, TLS 1.2 PRF</td><td>JCA</td>
 *     <td>SHA-NI / AVX2 intrinsics; two to eight times faster</td></tr>
 * <tr><td>ML-KEM groups and the hybrids (X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024,
 *     X25519Kyber768Draft00)</td><td>Bouncy Castle</td><td>JDK 17 has no ML-KEM</td></tr>
 * <tr><td>X25519</td><td>Bouncy Castle</td>
 *     <td>measured: 1.5 to 6 times SunEC per step (generate, agree, respond) on JDK 17 and on
 *     JDK 25</td></tr>
 * <tr><td>every other named group (X448, secp256r1/384r1/521r1, ffdhe*)</td><td>JCA</td>
 *     <td>SunEC and SunJCE implement them; not measured yet</td></tr>
 * <tr><td>ecdsa_secp256r1_sha256, ecdsa_secp384r1_sha384, ecdsa_secp521r1_sha512</td>
 *     <td>Bouncy Castle</td>
 *     <td>measured: 3 to 11 times SunEC at signing and verifying on JDK 17 and on JDK 25</td></tr>
 * <tr><td>ML-DSA signature schemes</td><td>Bouncy Castle</td><td>JDK 17 has no ML-DSA</td></tr>
 * <tr><td>every other signature scheme (RSA, EdDSA, ecdsa_sha1), RSA key transport</td>
 *     <td>JCA</td><td>SunRsaSign, SunEC (EdDSA since JDK 15); not measured yet</td></tr>
 * </table>
 * The winners are the same on JDK 17 and JDK 25, so the table does not depend on the running
 * JDK.
 */
public final class CryptoProviders {
    private static final List<NamedGroup> POST_QUANTUM_GROUPS = List.of(
            NamedGroup.MLKEM512, NamedGroup.MLKEM768, NamedGroup.MLKEM1024,
            NamedGroup.X25519_MLKEM768, NamedGroup.SECP256R1_MLKEM768,
            NamedGroup.SECP384R1_MLKEM1024, NamedGroup.X25519_KYBER768_DRAFT00);
    private static final List<SignatureScheme> POST_QUANTUM_SCHEMES = List.of(
            SignatureScheme.MLDSA44, SignatureScheme.MLDSA65, SignatureScheme.MLDSA87);
    /** The ECDSA schemes Bouncy Castle's specialised curve arithmetic runs faster (measured). */
    private static final List<SignatureScheme> MEASURED_FASTER_ON_BOUNCY_CASTLE = List.of(
            SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SECP384R1_SHA384,
            SignatureScheme.ECDSA_SECP521R1_SHA512);

    private CryptoProviders() {
    }

    /** The default mix (the table above). */
    public static MixedCryptoProvider defaults() {
        return builder().build();
    }

    /**
     * Every algorithm from {@code backend}; what it lacks (CCM on {@link Backend#JCA}) is refused
     * with an {@link IllegalArgumentException} when asked for.
     */
    public static MixedCryptoProvider only(Backend backend) {
        return new Builder(backend).build();
    }

    /** A builder that starts from the default table; override algorithm by algorithm. */
    public static Builder builder() {
        Builder builder = new Builder(Backend.JCA)
                .aead(AeadAlgorithm.AES_128_CCM, Backend.BOUNCY_CASTLE)
                .aead(AeadAlgorithm.AES_128_CCM_8, Backend.BOUNCY_CASTLE);
        POST_QUANTUM_GROUPS.forEach(group -> builder.keyExchange(group, Backend.BOUNCY_CASTLE));
        POST_QUANTUM_SCHEMES.forEach(scheme -> builder.signatures(scheme, Backend.BOUNCY_CASTLE));
        builder.keyExchange(NamedGroup.X25519, Backend.BOUNCY_CASTLE);
        MEASURED_FASTER_ON_BOUNCY_CASTLE.forEach(
                scheme -> builder.signatures(scheme, Backend.BOUNCY_CASTLE));
        return builder;
    }

    /**
     * A per-algorithm backend table; {@link #build()} turns it into a provider. Not thread-safe.
     */
    public static final class Builder {
        final Map<AeadAlgorithm, Backend> aeads = new EnumMap<>(AeadAlgorithm.class);
        final Map<HashAlgorithm, Backend> hashes = new EnumMap<>(HashAlgorithm.class);
        final Map<NamedGroup, Backend> groups = new LinkedHashMap<>();
        final Map<SignatureScheme, Backend> schemes = new LinkedHashMap<>();
        Backend otherGroups;
        Backend otherSchemes;
        Backend rsaKeyTransport;

        private Builder(Backend everything) {
            for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
                aeads.put(algorithm, everything);
            }
            for (HashAlgorithm algorithm : HashAlgorithm.values()) {
                hashes.put(algorithm, everything);
            }
            otherGroups = everything;
            otherSchemes = everything;
            rsaKeyTransport = everything;
        }

        /** Serves {@code algorithm} from {@code backend}. */
        public Builder aead(AeadAlgorithm algorithm, Backend backend) {
            aeads.put(Objects.requireNonNull(algorithm, "algorithm"), checked(backend));
            return this;
        }

        /**
         * Serves the hash, HMAC, HKDF and TLS 1.2 PRF over {@code algorithm} from {@code backend}.
         */
        public Builder hash(HashAlgorithm algorithm, Backend backend) {
            hashes.put(Objects.requireNonNull(algorithm, "algorithm"), checked(backend));
            return this;
        }

        /** Serves key exchange for {@code group} from {@code backend}. */
        public Builder keyExchange(NamedGroup group, Backend backend) {
            groups.put(Objects.requireNonNull(group, "group"), checked(backend));
            return this;
        }

        /** Serves signing and verification under {@code scheme} from {@code backend}. */
        public Builder signatures(SignatureScheme scheme, Backend backend) {
            schemes.put(Objects.requireNonNull(scheme, "scheme"), checked(backend));
            return this;
        }

        /** Serves TLS 1.2 RSA key transport from {@code backend}. */
        public Builder rsaKeyTransport(Backend backend) {
            rsaKeyTransport = checked(backend);
            return this;
        }

        /** The provider for this table; the builder may be changed and built again afterwards. */
        public MixedCryptoProvider build() {
            return new MixedCryptoProvider(this);
        }

        private static Backend checked(Backend backend) {
            return Objects.requireNonNull(backend, "backend");
        }
    }
}
