package org.tlsref.engine.testing;

import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;
import org.tlsref.engine.config.SigningKey;

/**
 * A signing key that answers with a signature recorded in a trace: RFC 8448 publishes no key for
 * §6, and RSA-PSS signatures depend on a salt the RFC does not give, so a replay that must
 * reproduce every byte signs with the trace's own signature. The handshake still checks it:
 * the peer side verifies it against the transcript.
 */
public record RecordedSigningKey(SignatureScheme scheme, Bytes signature) implements SigningKey {
    @Override
    public List<SignatureScheme> schemes() {
        return List.of(scheme);
    }

    @Override
    public Bytes sign(SignatureScheme requested, Bytes content, CryptoProvider provider,
            RandomSource random) {
        if (!requested.equals(scheme)) {
            throw new AssertionError("asked to sign with " + requested + ", recorded " + scheme);
        }
        return signature;
    }
}
