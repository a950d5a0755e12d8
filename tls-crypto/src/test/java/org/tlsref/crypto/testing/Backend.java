package org.tlsref.crypto.testing;

import java.security.PrivateKey;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;

/**
 * The two backends behind one face, so contract tests are written once: each constant is the
 * backend's own {@link CryptoProvider}, with {@link #other()} for cross-backend tests.
 */
public enum Backend {
    /** The JDK's providers. */
    JCA(org.tlsref.crypto.provider.Backend.JCA),
    /** Bouncy Castle's lightweight API. */
    BC(org.tlsref.crypto.provider.Backend.BOUNCY_CASTLE);

    private final CryptoProvider provider;

    Backend(org.tlsref.crypto.provider.Backend backend) {
        this.provider = backend.provider();
    }

    /** The backend's provider. */
    public CryptoProvider provider() {
        return provider;
    }

    /** The backend's key exchange for {@code group}. */
    public KeyExchange keyExchange(NamedGroup group) {
        return provider.keyExchange(group);
    }

    /** The backend's signer. */
    public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
        return provider.signer(scheme, key, policy);
    }

    /** The backend's signer under TLS 1.3 rules. */
    public Signer signer(SignatureScheme scheme, PrivateKey key) {
        return provider.signer(scheme, key);
    }

    /** The backend's verifier. */
    public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
        return provider.verifier(scheme, policy);
    }

    /** The backend's verifier under TLS 1.3 rules. */
    public Verifier verifier(SignatureScheme scheme) {
        return provider.verifier(scheme);
    }

    /** The backend's RSA key transport. */
    public RsaKeyTransport rsaKeyTransport() {
        return provider.rsaKeyTransport();
    }

    /** The other backend. */
    public Backend other() {
        return this == JCA ? BC : JCA;
    }
}
