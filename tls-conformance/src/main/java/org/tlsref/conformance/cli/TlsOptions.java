package org.tlsref.conformance.cli;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.pki.Pem;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.keyschedule.KeyLogs;
import picocli.CommandLine.Option;

/** The options {@code tlsref client} and {@code tlsref server} share: identity, trust, negotiation, output. */
final class TlsOptions {
    @Option(names = "--cert", paramLabel = "FILE",
            description = "This endpoint's certificate chain, PEM, leaf first.")
    Optional<Path> cert;

    @Option(names = "--key", paramLabel = "FILE",
            description = "The private key of the --cert leaf, PEM (PKCS#8, PKCS#1 or SEC1).")
    Optional<Path> key;

    @Option(names = "--key-password", paramLabel = "TEXT",
            description = "The password of an encrypted --key (ENCRYPTED PRIVATE KEY).")
    Optional<String> keyPassword;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "Trust anchors (PEM certificates) that the peer's chain must lead to.")
    Optional<Path> ca;

    @Option(names = "--alpn", split = ",", paramLabel = "PROTOCOL",
            description = "ALPN protocols, most preferred first, e.g. http/1.1.")
    List<String> alpn = List.of();

    @Option(names = "--suites", split = ",", paramLabel = "SUITE", converter = Names.Suite.class,
            description = "Cipher suites, most preferred first (default: TLS_AES_128_GCM_SHA256,"
                    + "TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256).")
    List<CipherSuite> suites = List.of();

    @Option(names = "--groups", split = ",", paramLabel = "GROUP", converter = Names.Group.class,
            description = "Key exchange groups, most preferred first (default: X25519MLKEM768,"
                    + "x25519,secp256r1,secp384r1).")
    List<NamedGroup> groups = List.of();

    @Option(names = "--signature-schemes", split = ",", paramLabel = "SCHEME",
            converter = Names.Scheme.class,
            description = "Signature schemes, most preferred first (default: ECDSA, EdDSA, "
                    + "RSA-PSS, then RSA PKCS#1 for certificates only).")
    List<SignatureScheme> schemes = List.of();

    @Option(names = "--keylog", paramLabel = "FILE",
            description = "Append the secrets to FILE in the NSS key log format (for Wireshark).")
    Optional<Path> keyLog;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the peer during the handshake (and, for "
                    + "--www and --echo, between requests) (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--quiet", description = "Do not print the handshake trace.")
    boolean quiet;

    @Option(names = "--fields", description = "Under each message of the trace, print all its "
            + "fields as the dissector (tlsref decode) does.")
    boolean fields;

    /** Puts the negotiation options and the key log into {@code builder}. */
    void applyTo(TlsConfig.Builder builder) {
        if (!suites.isEmpty()) {
            builder.cipherSuites(suites.toArray(CipherSuite[]::new));
        }
        if (!groups.isEmpty()) {
            builder.supportedGroups(groups.toArray(NamedGroup[]::new));
        }
        if (!schemes.isEmpty()) {
            builder.signatureSchemes(schemes.toArray(SignatureScheme[]::new));
        }
        if (!alpn.isEmpty()) {
            builder.applicationProtocols(alpn.toArray(String[]::new));
        }
        keyLog.ifPresent(file -> builder.keyLog(KeyLogs.toFile(file)));
    }

    /**
     * The identity of --cert and --key, if given.
     *
     * @throws IllegalArgumentException when only one of them is given or a file does not load
     */
    Optional<CertifiedKey> identity() {
        if (cert.isPresent() != key.isPresent()) {
            throw new IllegalArgumentException("--cert and --key go together");
        }
        if (cert.isEmpty()) {
            return Optional.empty();
        }
        PrivateKey privateKey = keyPassword.isPresent()
                ? Pem.privateKey(key.get(), keyPassword.get().toCharArray())
                : Pem.privateKey(key.get());
        return Optional.of(CertifiedKey.of(Pem.certificates(cert.get()), privateKey));
    }

    /** The trust anchors of --ca, if given. */
    Optional<List<X509Certificate>> anchors() {
        return ca.map(Pem::certificates);
    }

    /** The trust anchors of the JDK's default trust store (its cacerts). */
    static List<X509Certificate> systemAnchors() {
        try {
            TrustManagerFactory factory =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return List.of(x509.getAcceptedIssuers());
                }
            }
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalArgumentException("cannot read the JDK's trust store: " + e.getMessage()
                    + "; give --ca FILE", e);
        }
        throw new IllegalArgumentException("the JDK has no X.509 trust store; give --ca FILE");
    }

    /** The timeout in milliseconds. */
    int timeoutMillis() {
        return Math.max(1, timeoutSeconds) * 1000;
    }
}
