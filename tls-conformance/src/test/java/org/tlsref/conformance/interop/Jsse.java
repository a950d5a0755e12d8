package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.tlsref.api.registry.CipherSuite;

/**
 * The JDK's own TLS (SunJSSE, the default provider of {@link SSLContext}) as an interop peer, in
 * process: key and trust managers built from the test PKI, sockets restricted to TLS 1.3 and one
 * cipher suite, and the peer's view of a session.
 *
 * <p>What SunJSSE (JDK 17) lets a test choose or see, and what it does not: cipher suites and
 * protocols per socket, yes; the named groups only JVM-wide (system property
 * {@code jdk.tls.namedGroups}, read once), so a SunJSSE client always offers its default groups
 * with key shares for x25519 and secp256r1; the negotiated group and signature schemes are not in its public
 * API (only the certificates are); it has no TLS_AES_128_CCM_SHA256 or TLS_AES_128_CCM_8_SHA256;
 * and it starts a KeyUpdate only when a key reaches its usage limit ({@code jdk.tls.keyLimits},
 * a security property read once per JVM), which is why that one case runs SunJSSE in a child JVM
 * ({@link JssePeerMain}).
 */
final class Jsse {
    /** The password of the in-memory key stores. */
    static final char[] PASSWORD = "interop".toCharArray();

    private Jsse() {
    }

    /** A context whose key manager holds {@code identity} (if any) and which trusts the test root. */
    static SSLContext context(Optional<String> identity) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(keyStore(identity), PASSWORD);
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new AssertionError("cannot build a SunJSSE context", e);
        }
    }

    /** A key store holding {@code identity}'s key and chain, or nothing. */
    static KeyStore keyStore(Optional<String> identity) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        if (identity.isPresent()) {
            List<X509Certificate> chain = InteropPki.chain(identity.get());
            store.setKeyEntry(identity.get(), InteropPki.privateKey(identity.get()), PASSWORD,
                    chain.toArray(new Certificate[0]));
        }
        return store;
    }

    /** A key store holding the test root as the one trusted certificate. */
    static KeyStore trustStore() throws GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setCertificateEntry("root", InteropPki.anchors().get(0));
        return store;
    }

    /** Writes {@code store} to {@code file} as PKCS#12, for a child JVM. */
    static void write(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
    }

    /** A server socket on 127.0.0.1 for TLS 1.3 with {@code suite} only; accept waits 10 s. */
    static SSLServerSocket listen(SSLContext context, CipherSuite suite) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, Loopback.ADDRESS);
        listener.setEnabledProtocols(new String[] {"TLSv1.3"});
        listener.setEnabledCipherSuites(new String[] {suite.name().orElseThrow()});
        listener.setSoTimeout((int) Loopback.WAIT.toMillis());
        return listener;
    }

    /**
     * A client socket to 127.0.0.1:{@code port} for TLS 1.3 with {@code suite} only, sending
     * server_name server.tlsref.test and checking the server's certificate against it (HTTPS
     * endpoint identification, RFC 9525 style).
     */
    static SSLSocket connect(SSLContext context, int port, CipherSuite suite) throws IOException {
        java.net.Socket raw = new java.net.Socket(Loopback.ADDRESS, port);
        raw.setSoTimeout((int) Loopback.WAIT.toMillis());
        SSLSocket socket = (SSLSocket) context.getSocketFactory()
                .createSocket(raw, InteropPki.SERVER_NAME, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setCipherSuites(new String[] {suite.name().orElseThrow()});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setServerNames(List.<SNIServerName>of(new SNIHostName(InteropPki.SERVER_NAME)));
        socket.setSSLParameters(parameters);
        return socket;
    }

    /** The TLS 1.3 suites SunJSSE implements at all. */
    static List<String> supportedCipherSuites() {
        return Arrays.asList(context(Optional.empty()).getSupportedSSLParameters().getCipherSuites());
    }

    /**
     * SunJSSE's view of a session.
     *
     * @param protocol "TLSv1.3"
     * @param cipherSuite the suite's standard name
     * @param peerCertificates the peer's chain as SunJSSE verified it; empty when the peer did not
     *     authenticate
     * @param localCertificates the chain SunJSSE sent; empty when it sent none
     * @param requestedServerNames on a server, the server_name the client sent
     */
    record View(String protocol, String cipherSuite, List<Certificate> peerCertificates,
            List<Certificate> localCertificates, List<String> requestedServerNames) {

        @Override
        public String toString() {
            return protocol + " " + cipherSuite + ", peer chain " + subjects(peerCertificates)
                    + ", own chain " + subjects(localCertificates) + ", server_name "
                    + requestedServerNames;
        }

        private static List<String> subjects(List<Certificate> chain) {
            return chain.stream().map(cert -> cert instanceof X509Certificate x509
                    ? x509.getSubjectX500Principal().getName() : cert.getType()).toList();
        }

        static View of(SSLSession session) {
            List<Certificate> peer;
            try {
                peer = List.of(session.getPeerCertificates());
            } catch (SSLPeerUnverifiedException anonymous) {
                peer = List.of();
            }
            Certificate[] local = session.getLocalCertificates();
            List<String> names = session instanceof ExtendedSSLSession extended
                    ? extended.getRequestedServerNames().stream()
                            .map(n -> n instanceof SNIHostName host ? host.getAsciiName()
                                    : n.toString()).toList()
                    : List.of();
            return new View(session.getProtocol(), session.getCipherSuite(), peer,
                    local == null ? List.of() : List.of(local), names);
        }
    }

    /**
     * SunJSSE as the server saw {@code c}: TLS 1.3, the suite, the server chain it sent, the
     * server_name it received, and the client's chain exactly when the case authenticates it.
     */
    static void assertServerSide(Case c, View view) {
        String context = c + "; SunJSSE saw " + view;
        assertEquals("TLSv1.3", view.protocol(), context);
        assertEquals(c.suite().name().orElseThrow(), view.cipherSuite(), context);
        assertEquals(InteropPki.chain(c.serverKey().file), view.localCertificates(), context);
        assertEquals(List.of(InteropPki.SERVER_NAME), view.requestedServerNames(), context);
        assertEquals(c.clientKey().map(key -> InteropPki.chain(key.file)).orElse(List.of()),
                view.peerCertificates(), context);
    }

    /**
     * SunJSSE as the client saw {@code c}: TLS 1.3, the suite, the server chain it verified, and
     * its own chain sent exactly when the case authenticates it.
     */
    static void assertClientSide(Case c, View view) {
        String context = c + "; SunJSSE saw " + view;
        assertEquals("TLSv1.3", view.protocol(), context);
        assertEquals(c.suite().name().orElseThrow(), view.cipherSuite(), context);
        assertEquals(InteropPki.chain(c.serverKey().file), view.peerCertificates(), context);
        assertEquals(c.clientKey().map(key -> InteropPki.chain(key.file)).orElse(List.of()),
                view.localCertificates(), context);
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }
}
