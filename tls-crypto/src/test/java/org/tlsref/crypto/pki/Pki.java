package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.tlsref.api.AlertReason;
import org.tlsref.api.TlsAlert;

/** The test PKI of vectors/pki (see its README.md), and the fixed clock the tests validate at. */
final class Pki {
    /** The time every test validates at, unless it says otherwise. */
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final char[] PASSWORD = "tlsref-test-password".toCharArray();

    private Pki() {
    }

    static Path file(String name) {
        String root = System.getProperty("tlsref.vectors");
        if (root == null) {
            throw new IllegalStateException("system property tlsref.vectors is not set");
        }
        return Path.of(root, "pki", name);
    }

    static String text(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<X509Certificate> certificates(String name) {
        return Pem.certificates(file(name));
    }

    static X509Certificate leaf(String name) {
        return certificates(name).get(0);
    }

    static X509Certificate root() {
        return leaf("root-ca.pem");
    }

    static X509Certificate intermediate() {
        return leaf("intermediate-ca.pem");
    }

    static CertificateChain chain(String name) {
        return CertificateChain.of(certificates(name));
    }

    static CertificateChain chain(X509Certificate... certificates) {
        return CertificateChain.of(List.of(certificates));
    }

    static PathValidator validator() {
        return validator(ValidationPolicy.defaults(), CLOCK);
    }

    static PathValidator validator(ValidationPolicy policy, Clock clock) {
        return new PathValidator(TrustAnchors.of(List.of(root())), policy, clock);
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** The reason of the TlsAlert {@code action} throws. */
    static AlertReason reason(Executable action) {
        return assertThrows(TlsAlert.class, action).reason();
    }
}
