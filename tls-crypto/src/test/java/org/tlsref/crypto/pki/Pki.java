package org.tlsref.crypto.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/** The test PKI of vectors/pki (see its README.md). */
final class Pki {
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

}
