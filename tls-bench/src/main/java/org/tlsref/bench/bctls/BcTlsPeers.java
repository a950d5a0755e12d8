package org.tlsref.bench.bctls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Vector;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.tlsref.bench.jsse.ClientAuth;
import org.tlsref.bench.pki.TestPki;

/**
 * Bouncy Castle's TLS on its own lightweight crypto ({@link BcTlsCrypto}, no JCA): BC JSSE
 * only runs on {@code JcaTlsCrypto}, so this drives bctls's protocol API directly, client and
 * server in non-blocking mode, in memory. TLS 1.3 only, TLS_AES_128_GCM_SHA256, BC's default
 * key share (X25519), ecdsa_secp256r1_sha256 with the test PKI's identities.
 *
 * <p>bctls's protocol API leaves certificate path validation to the application; both ends
 * here validate the peer's chain with the JDK's PKIX {@link CertPathValidator} to the root
 * (revocation off), as the JSSE stacks measured beside it do.
 */
public final class BcTlsPeers {
    private static final int MAX_STEPS = 50;
    private static final SignatureAndHashAlgorithm ECDSA_SECP256R1_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private final ClientAuth clientAuth;
    private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
    private final Certificate serverChain;
    private final Certificate clientChain;
    private final AsymmetricKeyParameter serverKey;
    private final AsymmetricKeyParameter clientKey;
    private final PKIXParameters pkix;

    /** Peers that authenticate the server, and the client too when {@code clientAuth} is required. */
    public BcTlsPeers(ClientAuth clientAuth) {
        this.clientAuth = clientAuth;
        try {
            this.serverChain = chain(TlsUtils.EMPTY_BYTES, TestPki.SERVER);
            this.clientChain = chain(TlsUtils.EMPTY_BYTES, TestPki.CLIENT);
            this.serverKey = PrivateKeyFactory.createKey(TestPki.SERVER.key().getEncoded());
            this.clientKey = PrivateKeyFactory.createKey(TestPki.CLIENT.key().getEncoded());
            this.pkix = new PKIXParameters(Set.of(new TrustAnchor(TestPki.ROOT, null)));
            pkix.setRevocationEnabled(false);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the test PKI into bctls", e);
        }
    }

    /** Both ends of one connection after the handshake, with what each saw. */
    public record Connection(TlsClientProtocol client, TlsServerProtocol server, Client clientPeer, Server serverPeer) {
    }

    /** One full handshake, in memory. */
    public Connection handshake() throws IOException {
        Client clientPeer = new Client();
        Server serverPeer = new Server();
        TlsClientProtocol client = new TlsClientProtocol();
        TlsServerProtocol server = new TlsServerProtocol();
        server.accept(serverPeer);
        client.connect(clientPeer);
        for (int step = 0; step < MAX_STEPS; step++) {
            boolean moved = move(client, server) | move(server, client);
            if (!moved && !client.isHandshaking() && !server.isHandshaking()) {
                return new Connection(client, server, clientPeer, serverPeer);
            }
        }
        throw new IllegalStateException("bctls handshake did not finish in " + MAX_STEPS + " steps");
    }

    /**
     * Checks a finished {@code connection}: TLS 1.3, TLS_AES_128_GCM_SHA256, X25519, the
     * server's certificate seen by the client, the client's by the server when required, and
     * application data that arrives intact; {@link IllegalStateException} otherwise.
     */
    public void check(Connection connection) throws IOException {
        org.bouncycastle.tls.SecurityParameters parameters = connection.clientPeer().context().getSecurityParametersConnection();
        require(ProtocolVersion.TLSv13.equals(parameters.getNegotiatedVersion()), "negotiated " + parameters.getNegotiatedVersion());
        require(parameters.getCipherSuite() == org.bouncycastle.tls.CipherSuite.TLS_AES_128_GCM_SHA256,
                "negotiated suite " + parameters.getCipherSuite());
        require(parameters.getNegotiatedGroup() == org.bouncycastle.tls.NamedGroup.x25519,
                "negotiated group " + parameters.getNegotiatedGroup());
        require(sameLeaf(connection.clientPeer().serverCertificate(), TestPki.SERVER),
                "the client did not see the server's certificate");
        if (clientAuth == ClientAuth.REQUIRED) {
            require(sameLeaf(connection.serverPeer().clientCertificate(), TestPki.CLIENT),
                    "the server did not see the client's certificate");
        }
        byte[] data = "bctls round trip".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        require(java.util.Arrays.equals(send(connection, data), data), "application data did not arrive intact");
    }

    private static boolean sameLeaf(Certificate chain, TestPki.Identity identity) {
        try {
            return chain != null && !chain.isEmpty()
                    && java.util.Arrays.equals(chain.getCertificateAt(0).getEncoded(), identity.leaf().getEncoded());
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            return false;
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("bctls on BcTlsCrypto: " + failure);
        }
    }

    /** Sends {@code data} from client to server and returns what the server read. */
    public static byte[] send(Connection connection, byte[] data) throws IOException {
        connection.client().writeApplicationData(data, 0, data.length);
        move(connection.client(), connection.server());
        byte[] received = new byte[connection.server().getAvailableInputBytes()];
        connection.server().readInput(received, 0, received.length);
        return received;
    }

    private static boolean move(TlsProtocol from, TlsProtocol to) throws IOException {
        int available = from.getAvailableOutputBytes();
        if (available == 0) {
            return false;
        }
        byte[] bytes = new byte[available];
        from.readOutput(bytes, 0, available);
        to.offerInput(bytes);
        return true;
    }

    private Certificate chain(byte[] context, TestPki.Identity identity) throws GeneralSecurityException, IOException {
        List<CertificateEntry> entries = new ArrayList<>();
        for (X509Certificate certificate : identity.chain()) {
            entries.add(new CertificateEntry(crypto.createCertificate(certificate.getEncoded()), null));
        }
        return new Certificate(context, entries.toArray(new CertificateEntry[0]));
    }

    private void validate(Certificate chain) throws IOException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (TlsCertificate certificate : chain.getCertificateList()) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(certificate.getEncoded())));
            }
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(certificates), pkix);
        } catch (GeneralSecurityException e) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, e);
        }
    }

    /** The client: TLS 1.3, one suite, validates the server, presents its certificate when asked. */
    public final class Client extends DefaultTlsClient {
        private Certificate serverCertificate;

        Client() {
            super(crypto);
        }

        /** The chain the server presented. */
        public Certificate serverCertificate() {
            return serverCertificate;
        }

        /** The context, for checks of what was negotiated. */
        public org.bouncycastle.tls.TlsContext context() {
            return context;
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.TLSv13.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return new int[] {org.bouncycastle.tls.CipherSuite.TLS_AES_128_GCM_SHA256};
        }

        @Override
        public TlsAuthentication getAuthentication() {
            return new TlsAuthentication() {
                @Override
                public void notifyServerCertificate(TlsServerCertificate certificate) throws IOException {
                    validate(certificate.getCertificate());
                    serverCertificate = certificate.getCertificate();
                }

                @Override
                public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                    try {
                        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, clientKey,
                                chain(request.getCertificateRequestContext(), TestPki.CLIENT), ECDSA_SECP256R1_SHA256);
                    } catch (GeneralSecurityException e) {
                        throw new IOException(e);
                    }
                }
            };
        }
    }

    /** The server: TLS 1.3, one suite, presents its certificate, asks for the client's when required. */
    public final class Server extends DefaultTlsServer {
        private Certificate clientCertificate;

        Server() {
            super(crypto);
        }

        /** The chain the client presented, if any. */
        public Certificate clientCertificate() {
            return clientCertificate;
        }

        @Override
        protected ProtocolVersion[] getSupportedVersions() {
            return ProtocolVersion.TLSv13.only();
        }

        @Override
        protected int[] getSupportedCipherSuites() {
            return new int[] {org.bouncycastle.tls.CipherSuite.TLS_AES_128_GCM_SHA256};
        }

        @Override
        public TlsCredentials getCredentials() {
            return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, serverKey, serverChain,
                    ECDSA_SECP256R1_SHA256);
        }

        @Override
        public CertificateRequest getCertificateRequest() throws IOException {
            if (clientAuth != ClientAuth.REQUIRED) {
                return null;
            }
            Vector<SignatureAndHashAlgorithm> algorithms = new Vector<>();
            algorithms.add(ECDSA_SECP256R1_SHA256);
            return new CertificateRequest(TlsUtils.EMPTY_BYTES, algorithms, null, null);
        }

        @Override
        public void notifyClientCertificate(Certificate certificate) throws IOException {
            if (certificate.isEmpty()) {
                throw new TlsFatalAlert(AlertDescription.certificate_required);
            }
            validate(certificate);
            clientCertificate = certificate;
        }
    }
}
