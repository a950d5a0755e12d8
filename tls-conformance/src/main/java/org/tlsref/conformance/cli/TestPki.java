package org.tlsref.conformance.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.crypto.pki.Pem;
import org.tlsref.engine.config.CertifiedKey;

/**
 * The repository's test PKI, {@code vectors/pki} (its README lists every file). Found from an
 * explicit directory, the {@code tlsref.vectors} system property (the build sets it for tests),
 * the location of the tool's jar or classes ({@code tls-conformance/target/...}) or the current
 * directory, each searched upwards for {@code vectors/pki/root-ca.pem}. Its keys are public:
 * anything it authenticates is a demonstration, never a secure identity.
 */
final class TestPki {
    /** The password of the one encrypted key, {@code server-p384.key} (vectors/pki/README.md). */
    private static final char[] P384_PASSWORD = "tlsref-test-password".toCharArray();
    /** The name every server certificate of the test PKI carries. */
    static final String SERVER_NAME = "server.tlsref.test";

    private final Path directory;

    private TestPki(Path directory) {
        this.directory = directory;
    }

    /**
     * The test PKI in {@code explicit} or found as described above.
     *
     * @throws IllegalArgumentException naming where it looked, when it is nowhere
     */
    static TestPki locate(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            Path dir = explicit.get().toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve("root-ca.pem"))) {
                throw new IllegalArgumentException("--pki " + dir + " holds no root-ca.pem; give "
                        + "the vectors/pki folder of the tlsref repository");
            }
            return new TestPki(dir);
        }
        List<Path> starts = new ArrayList<>();
        Optional.ofNullable(System.getProperty("tlsref.vectors"))
                .ifPresent(v -> starts.add(Path.of(v).toAbsolutePath().getParent()));
        codeLocation().ifPresent(starts::add);
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path pki = dir.resolve("vectors").resolve("pki");
                if (Files.isRegularFile(pki.resolve("root-ca.pem"))) {
                    return new TestPki(pki.normalize());
                }
            }
        }
        throw new IllegalArgumentException("cannot find the test PKI (vectors/pki/root-ca.pem) "
                + "above " + starts + "; run from the tlsref repository or give --pki DIR");
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(TestPki.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The folder. */
    Path directory() {
        return directory;
    }

    /** A file of the folder. */
    Path file(String name) {
        return directory.resolve(name);
    }

    /** The root CA: the trust anchor of every good chain. */
    List<X509Certificate> anchors() {
        return Pem.certificates(file("root-ca.pem"));
    }

    /** A server identity, valid for localhost, server.tlsref.test and 127.0.0.1. */
    CertifiedKey server(CertificateKind kind) {
        return certifiedKey(kind.file());
    }

    /** The client identity {@code client-p256} or {@code client-rsa}. */
    CertifiedKey client(String kind) {
        return certifiedKey("client-" + kind);
    }

    private CertifiedKey certifiedKey(String name) {
        PrivateKey key = name.equals("server-p384")
                ? Pem.privateKey(file(name + ".key"), P384_PASSWORD.clone())
                : Pem.privateKey(file(name + ".key"));
        return CertifiedKey.of(Pem.certificates(file(name + ".pem")), key);
    }
}
