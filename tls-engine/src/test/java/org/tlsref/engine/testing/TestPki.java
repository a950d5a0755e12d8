package org.tlsref.engine.testing;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.pki.Pem;
import org.tlsref.engine.config.CertifiedKey;

/** The test PKI of vectors/pki (see its README), as certified keys and trust anchors. */
public final class TestPki {
    /** vectors/pki/README.md: "Tests validate with a fixed clock, 2030-01-01T00:00:00Z." */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** The name every server leaf carries. */
    public static final String SERVER_NAME = "server.tlsref.test";

    private TestPki() {
    }

    /** The root CA, the trust anchor of every good chain. */
    public static List<X509Certificate> anchors() {
        return Pem.certificates(path("root-ca.pem"));
    }

    /**
     * The trust anchors of every chain here: the root CA and the RSA root of the
     * certificate-selection chains.
     */
    public static List<X509Certificate> allAnchors() {
        List<X509Certificate> anchors = new ArrayList<>(anchors());
        anchors.addAll(certificates("rsa-root-ca.pem"));
        return List.copyOf(anchors);
    }

    /** The certificates of one PEM file of vectors/pki, in file order. */
    public static List<X509Certificate> certificates(String file) {
        return Pem.certificates(path(file));
    }

    /**
     * A server identity: "rsa2048", "rsapss", "p256", "p384", "ed25519", or "p256-rsa-signed"
     * (a P-256 leaf signed by the RSA root with sha256WithRSAEncryption).
     */
    public static CertifiedKey server(String kind) {
        return certifiedKey("server-" + kind);
    }

    /** A client identity: "rsa", "p256", "p256-rsa-signed". */
    public static CertifiedKey client(String kind) {
        return certifiedKey("client-" + kind);
    }

    private static CertifiedKey certifiedKey(String name) {
        PrivateKey key = name.equals("server-p384")
                ? Pem.privateKey(path(name + ".key"), "tlsref-test-password".toCharArray())
                : Pem.privateKey(path(name + ".key"));
        return CertifiedKey.of(Pem.certificates(path(name + ".pem")), key);
    }

    private static Path path(String file) {
        return Vectors.path("pki/" + file);
    }
}
