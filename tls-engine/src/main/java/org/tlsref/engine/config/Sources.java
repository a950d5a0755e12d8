package org.tlsref.engine.config;

import java.time.Clock;
import java.util.Objects;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;

/**
 * Where everything that is not protocol logic comes from: cryptography, randomness and time
 * (DESIGN.md, "Determinism"). A configuration with injected sources replays a handshake byte for
 * byte. Built by {@link TlsConfig.Builder}.
 *
 * @param provider every cryptographic algorithm
 * @param random every random byte: hello randoms, session ids, key shares, signature salts
 * @param clock the time at which certificates are checked
 */
public record Sources(CryptoProvider provider, RandomSource random, Clock clock) {
    /** Rejects nulls. */
    public Sources {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
    }
}
