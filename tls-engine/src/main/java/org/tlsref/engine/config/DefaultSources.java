package org.tlsref.engine.config;

import java.time.Clock;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.provider.RandomSources;

/**
 * The one place in tls-engine that reaches the system's clock and randomness: the defaults of
 * {@link TlsConfig} when nothing is injected (STYLE.md, "Determinism"). Everything else takes
 * them from the configuration.
 */
public final class DefaultSources {
    private DefaultSources() {
    }

    /** The system clock in UTC, for certificate validity. */
    public static Clock clock() {
        return Clock.systemUTC();
    }

    /** The operating system's CSPRNG. */
    public static RandomSource random() {
        return RandomSources.system();
    }
}
