package org.tlsref.engine.config;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.pki.CertificateChain;
import org.tlsref.crypto.pki.Pem;

/**
 * One identity of this endpoint: a certificate chain, the key that signs for its leaf, and, for
 * a server, the names it serves (RFC 6066 §3 server_name). A server picks among its certified
 * keys by the client's server_name and signature_algorithms (RFC 8446 §4.4.2.2), a client by the
 * server's CertificateRequest (RFC 8446 §4.4.2.3). Among those that can sign CertificateVerify,
 * both prefer the first whose chain is signed only with algorithms the peer accepts in
 * certificates ({@link #chainSignedOnlyWith}), and otherwise send the first (RFC 9846 §4.5.1.2).
 *
 * @param chain the end-entity certificate first, then the certificates that lead to a trust
 *     anchor, as the Certificate message carries them (RFC 8446 §4.4.2)
 * @param key signs CertificateVerify with the leaf's private key
 * @param serverNames the host names this identity serves, exact ({@code server.example}) or with
 *     a wildcard left-most label ({@code *.example}); empty means any name, the default
 */
public record CertifiedKey(CertificateChain chain, SigningKey key, List<String> serverNames) {
    /** Copies the names, in lower case; rejects nulls and empty names. */
    public CertifiedKey {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(key, "key");
        List<String> names = new ArrayList<>();
        for (String name : serverNames) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty server name");
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        serverNames = List.copyOf(names);
    }

    /** A certified key from parsed certificates and a private key in memory. */
    public static CertifiedKey of(List<X509Certificate> chain, PrivateKey key,
            String... serverNames) {
        return new CertifiedKey(CertificateChain.of(chain), SigningKey.of(key),
                List.of(serverNames));
    }

    /** A certified key from PEM files: the chain (leaf first) and an unencrypted private key. */
    public static CertifiedKey fromPem(Path chain, Path key, String... serverNames) {
        return of(Pem.certificates(chain), Pem.privateKey(key), serverNames);
    }

    /** True when this identity has no names and so serves any name. */
    public boolean servesAnyName() {
        return serverNames.isEmpty();
    }

    /**
     * True when one of {@link #serverNames()} matches {@code hostName}: equal ignoring case, or a
     * {@code *.} wildcard standing for exactly one left-most label (as RFC 9525 §6.3 reads
     * wildcards in certificates).
     */
    public boolean names(String hostName) {
        String host = hostName.toLowerCase(Locale.ROOT);
        for (String name : serverNames) {
            if (name.equals(host) || wildcardMatches(name, host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every certificate of the chain the peer validates is signed with one of
     * {@code accepted}, the peer's signature_algorithms_cert or else its signature_algorithms;
     * self-signed certificates do not count (RFC 9846 §4.5.1.2). See
     * {@link CertificateSignatureSchemes} for how X.509 algorithms get TLS names.
     */
    public boolean chainSignedOnlyWith(List<SignatureScheme> accepted) {
        return CertificateSignatureSchemes.signedOnlyWith(chain, accepted);
    }

    private static boolean wildcardMatches(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return false;
        }
        int dot = host.indexOf('.');
        return dot > 0 && host.substring(dot).equals(pattern.substring(1));
    }
}
