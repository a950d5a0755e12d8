package org.tlsref.crypto.testing;

import java.security.PrivateKey;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.SignaturePolicy;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;
import org.tlsref.crypto.bc.BcAsymmetric;
import org.tlsref.crypto.jca.JcaAsymmetric;

/** The two backends behind one face, so contract tests are written once. */
public enum Backend {
    /** The JDK's providers. */
    JCA {
        @Override
        public KeyExchange keyExchange(NamedGroup group) {
            return JcaAsymmetric.keyExchange(group);
        }

        @Override
        public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
            return JcaAsymmetric.signer(scheme, key, policy);
        }

        @Override
        public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
            return JcaAsymmetric.verifier(scheme, policy);
        }

        @Override
        public RsaKeyTransport rsaKeyTransport() {
            return JcaAsymmetric.rsaKeyTransport();
        }
    },
    /** Bouncy Castle's lightweight API. */
    BC {
        @Override
        public KeyExchange keyExchange(NamedGroup group) {
            return BcAsymmetric.keyExchange(group);
        }

        @Override
        public Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy) {
            return BcAsymmetric.signer(scheme, key, policy);
        }

        @Override
        public Verifier verifier(SignatureScheme scheme, SignaturePolicy policy) {
            return BcAsymmetric.verifier(scheme, policy);
        }

        @Override
        public RsaKeyTransport rsaKeyTransport() {
            return BcAsymmetric.rsaKeyTransport();
        }
    };

    /** The backend's key exchange for {@code group}. */
    public abstract KeyExchange keyExchange(NamedGroup group);

    /** The backend's signer. */
    public abstract Signer signer(SignatureScheme scheme, PrivateKey key, SignaturePolicy policy);

    /** The backend's signer under TLS 1.3 rules. */
    public Signer signer(SignatureScheme scheme, PrivateKey key) {
        return signer(scheme, key, SignaturePolicy.TLS13);
    }

    /** The backend's verifier. */
    public abstract Verifier verifier(SignatureScheme scheme, SignaturePolicy policy);

    /** The backend's verifier under TLS 1.3 rules. */
    public Verifier verifier(SignatureScheme scheme) {
        return verifier(scheme, SignaturePolicy.TLS13);
    }

    /** The backend's RSA key transport. */
    public abstract RsaKeyTransport rsaKeyTransport();

    /** The other backend. */
    public Backend other() {
        return this == JCA ? BC : JCA;
    }
}
