package org.tlsref.crypto.jca;

import java.security.PrivateKey;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Signer;
import org.tlsref.crypto.Verifier;

/** The asymmetric half of the Jca backend: key exchange, signatures, RSA key transport. */
public final class JcaAsymmetric {
    private JcaAsymmetric() {
    }

    /** Key exchange for {@code group}. */
    public static KeyExchange keyExchange(NamedGroup group) {
        throw new IllegalArgumentException("key exchange not yet implemented (issue 3): " + group);
    }

    /** A signer for {@code key} under {@code scheme}. */
    public static Signer signer(SignatureScheme scheme, PrivateKey key) {
        throw new IllegalArgumentException("signing not yet implemented (issue 3): " + scheme);
    }

    /** A verifier for {@code scheme}. */
    public static Verifier verifier(SignatureScheme scheme) {
        throw new IllegalArgumentException("verification not yet implemented (issue 3): " + scheme);
    }

    /** TLS 1.2 RSA key transport. */
    public static RsaKeyTransport rsaKeyTransport() {
        throw new IllegalArgumentException("RSA key transport not yet implemented (issue 3)");
    }
}
