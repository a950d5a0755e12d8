package org.tlsref.crypto.provider;

import java.security.PrivateKey;
import java.util.Map;
import java.util.Objects;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Hmac;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.Prf;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.TranscriptHash;
import org.tlsref.crypto.Verifier;

/**
 * A {@link CryptoProvider} that serves each algorithm from the {@link Backend} its table names:
 * one backend per AEAD, one per hash function (its hash, HMAC, HKDF and TLS 1.2 PRF together),
 * one per named group and signature scheme (with a fallback for those not listed), and one for
 * RSA key transport. Built by {@link CryptoProviders}, whose Javadoc holds the default table.
 *
 * <p>Immutable and thread-safe. A backend that lacks an algorithm refuses it with the
 * {@link IllegalArgumentException} it would throw alone.
 */
public final class MixedCryptoProvider implements CryptoProvider {
    private final CryptoProvider jca;
    private final CryptoProvider bouncyCastle;
    private final Map<AeadAlgorithm, Backend> aeads;
    private final Map<HashAlgorithm, Backend> hashes;
    private final Map<NamedGroup, Backend> groups;
    private final Backend otherGroups;
    private final Map<SignatureScheme, Backend> schemes;
    private final Backend otherSchemes;
    private final Backend rsaKeyTransport;

    MixedCryptoProvider(CryptoProviders.Builder table) {
        this.jca = Backend.JCA.provider();
        this.bouncyCastle = Backend.BOUNCY_CASTLE.provider();
        this.aeads = Map.copyOf(table.aeads);
        this.hashes = Map.copyOf(table.hashes);
        this.groups = Map.copyOf(table.groups);
        this.otherGroups = table.otherGroups;
        this.schemes = Map.copyOf(table.schemes);
        this.otherSchemes = table.otherSchemes;
        this.rsaKeyTransport = table.rsaKeyTransport;
    }

    /** The backend that serves {@code algorithm}. */
    public Backend backendFor(AeadAlgorithm algorithm) {
        return aeads.get(Objects.requireNonNull(algorithm, "algorithm"));
    }

    /** The backend that serves the hash, HMAC, HKDF and PRF over {@code algorithm}. */
    public Backend backendFor(HashAlgorithm algorithm) {
        return hashes.get(Objects.requireNonNull(algorithm, "algorithm"));
    }

    /** The backend that serves key exchange for {@code group}. */
    public Backend backendFor(NamedGroup group) {
        return groups.getOrDefault(Objects.requireNonNull(group, "group"), otherGroups);
    }

    /** The backend that serves signing and verification under {@code scheme}. */
    public Backend backendFor(SignatureScheme scheme) {
        return schemes.getOrDefault(Objects.requireNonNull(scheme, "scheme"), otherSchemes);
    }

    /** The backend that serves TLS 1.2 RSA key transport. */
    public Backend rsaKeyTransportBackend() {
        return rsaKeyTransport;
    }

    private CryptoProvider provider(Backend backend) {
        return backend == Backend.JCA ? jca : bouncyCastle;
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, Secret key) {
        return provider(backendFor(algorithm)).aead(algorithm, key);
    }

    @Override
    public TranscriptHash hash(HashAlgorithm algorithm) {
        return provider(backendFor(algorithm)).hash(algorithm);
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm) {
        return provider(backendFor(algorithm)).hmac(algorithm);
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return provider(backendFor(algorithm)).hkdf(algorithm);
    }

    @Override
    public Prf prf(HashAlgorithm algorithm) {
        return provider(backendFor(algorithm)).prf(algorithm);
    }

    @Override
    public KeyExchange keyExchange(NamedGroup group) {
        return provider(backendFor(group)).keyExchange(group);
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return provider(backendFor(scheme)).signer(scheme, key, policy);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return provider(backendFor(scheme)).verifier(scheme, policy);
    }

    @Override
    public RsaKeyTransport rsaKeyTransport() {
        return provider(rsaKeyTransport).rsaKeyTransport();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("MixedCryptoProvider[");
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            s.append(algorithm).append('=').append(backendFor(algorithm)).append(", ");
        }
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            s.append(algorithm).append('=').append(backendFor(algorithm)).append(", ");
        }
        return s.append("groups=").append(otherGroups).append(" except ").append(groups.size())
                .append(", schemes=").append(otherSchemes).append(" except ")
                .append(schemes.size()).append(", rsaKeyTransport=").append(rsaKeyTransport)
                .append(']').toString();
    }
}
