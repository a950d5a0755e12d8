package org.tlsref.bench.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.tlsref.crypto.pki.Pem;

/**
 * The identities every benchmark uses, from the test PKI of {@code vectors/pki} (copied into the
 * jar at build time, so a benchmark run needs no path): the ECDSA P-256 server, the ECDSA P-256
 * client for client authentication, and the root CA both trust.
 */
public final class TestPki {
    private static final String FOLDER = "/org/tlsref/bench/pki/";

    /** The server: chain {@code server-p256.pem} (leaf, intermediate) and its SEC1 key. */
    public static final Identity SERVER = load("server-p256.pem", "server-p256.key");
    /** The client: chain {@code client-p256.pem} (leaf, intermediate) and its PKCS#8 key. */
    public static final Identity CLIENT = load("client-p256.pem", "client-p256.key");
    /** The trust anchor, {@code root-ca.pem}. */
    public static final X509Certificate ROOT = Pem.certificates(text("root-ca.pem"), "root-ca.pem").get(0);

    private TestPki() {
    }

    /** A certificate chain (leaf first, root not included) and the leaf's private key. */
    public record Identity(List<X509Certificate> chain, PrivateKey key) {
        public Identity {
            chain = List.copyOf(chain);
        }

        /** The end-entity certificate. */
        public X509Certificate leaf() {
            return chain.get(0);
        }
    }

    private static Identity load(String chainFile, String keyFile) {
        return new Identity(Pem.certificates(text(chainFile), chainFile), Pem.privateKey(text(keyFile), keyFile));
    }

    private static String text(String name) {
        try (InputStream in = TestPki.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is not on the class path (built from vectors/pki)");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
