package org.tlsref.engine.testing;

import java.security.PrivateKey;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Hmac;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.Prf;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.TranscriptHash;
import org.tlsref.crypto.Verifier;

/**
 * A provider that also claims groups it cannot compute, so that a configuration may advertise
 * them: the RFC 8448 ClientHellos list ffdhe4096, ffdhe6144 and ffdhe8192, which tlsref's
 * providers lack and the traces never use. Using one fails the test.
 */
public record AdvertisingProvider(CryptoProvider delegate, List<NamedGroup> advertisedOnly)
        implements CryptoProvider {

    @Override
    public KeyExchange keyExchange(NamedGroup group) {
        if (!advertisedOnly.contains(group)) {
            return delegate.keyExchange(group);
        }
        return new KeyExchange() {
            @Override
            public NamedGroup group() {
                return group;
            }

            @Override
            public KeyShare generate(RandomSource random) {
                throw new AssertionError(group + " is only advertised");
            }

            @Override
            public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
                throw new AssertionError(group + " is only advertised");
            }
        };
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, Secret key) {
        return delegate.aead(algorithm, key);
    }

    @Override
    public TranscriptHash hash(HashAlgorithm algorithm) {
        return delegate.hash(algorithm);
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm) {
        return delegate.hmac(algorithm);
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return delegate.hkdf(algorithm);
    }

    @Override
    public Prf prf(HashAlgorithm algorithm) {
        return delegate.prf(algorithm);
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return delegate.signer(scheme, key, policy);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return delegate.verifier(scheme, policy);
    }

    @Override
    public RsaKeyTransport rsaKeyTransport() {
        return delegate.rsaKeyTransport();
    }
}
