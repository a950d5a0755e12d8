package org.tlsref.bench.handshake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.bench.jsse.ClientAuth;
import org.tlsref.bench.pki.TestPki;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;

/**
 * A tlsref client and a tlsref server in memory, configured once, from which
 * {@link #handshake()} makes a fresh pair of connections and pumps bytes between them until the
 * handshake is done: TLS 1.3, TLS_AES_128_GCM_SHA256 only, X25519 as the only group and key
 * share (so no HelloRetryRequest can happen), the server presenting {@link TestPki#SERVER} and,
 * with {@link ClientAuth#REQUIRED}, the client presenting {@link TestPki#CLIENT}. Each side
 * validates the other's chain to {@link TestPki#ROOT} with tls-crypto's path validation, as
 * the JSSE stacks and BC TLS measured beside it validate with the JDK's PKIX; the client also
 * checks the host name (the others do not: their engines have no peer host), and both sides use
 * the system clock and CSPRNG, as in real use.
 *
 * <p>The pump owns one wire buffer, allocated once, so a handshake allocates only what the two
 * connections allocate.
 */
public final class TlsrefPeers {
    /** The name the client asks for; every server leaf of the test PKI carries it. */
    public static final String SERVER_NAME = "server.tlsref.test";
    private static final int MAX_ROUNDS = 16;
    private static final int WIRE_BYTES = 1 << 15;

    private final ClientAuth clientAuth;
    private final TlsConfig clientConfig;
    private final TlsConfig serverConfig;
    private final ByteBuffer wire = ByteBuffer.allocate(WIRE_BYTES);

    /** Peers whose every algorithm comes from {@code backend}'s provider. */
    public TlsrefPeers(TlsrefBackend backend, ClientAuth clientAuth) {
        this.clientAuth = clientAuth;
        CryptoProvider crypto = backend.provider();
        List<X509Certificate> anchors = List.of(TestPki.ROOT);
        TlsConfig.Builder client = TlsConfig.builder()
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256)
                .supportedGroups(NamedGroup.X25519)
                .keyShareGroups(NamedGroup.X25519)
                .trustAnchors(anchors)
                .cryptoProvider(crypto);
        TlsConfig.Builder server = TlsConfig.builder()
                .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256)
                .supportedGroups(NamedGroup.X25519)
                .certifiedKeys(certifiedKey(TestPki.SERVER))
                .cryptoProvider(crypto);
        if (clientAuth == ClientAuth.REQUIRED) {
            client.certifiedKeys(certifiedKey(TestPki.CLIENT));
            server.clientAuthentication(ClientAuthentication.REQUIRED).trustAnchors(anchors);
        }
        this.clientConfig = client.build();
        this.serverConfig = server.build();
    }

    /** Both ends of one connection. */
    public record Connection(TlsConnection client, TlsConnection server) {
    }

    /**
     * One full handshake: new connections, then bytes back and forth until neither side has
     * anything to send.
     *
     * @throws IllegalStateException when the handshake does not settle
     * @throws org.tlsref.api.TlsAlert when either side fails it
     */
    public Connection handshake() {
        TlsConnection client = TlsClient.create(clientConfig, SERVER_NAME);
        TlsConnection server = TlsServer.create(serverConfig);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = move(client, server) | move(server, client);
            if (!moved) {
                return new Connection(client, server);
            }
        }
        throw new IllegalStateException("tlsref handshake did not settle in " + MAX_ROUNDS + " rounds");
    }

    /**
     * Checks a finished {@code connection}: both sides complete and agree on TLS 1.3,
     * TLS_AES_128_GCM_SHA256, x25519 and ecdsa_secp256r1_sha256; the client saw the server's
     * chain and the server the client's exactly when client authentication is required; data
     * arrives intact both ways. {@link IllegalStateException} otherwise.
     */
    public void check(Connection connection) {
        require(connection.client().handshakeComplete() && connection.server().handshakeComplete(),
                "the handshake did not complete: client " + connection.client().state() + ", server "
                        + connection.server().state());
        Session client = connection.client().session().orElseThrow();
        Session server = connection.server().session().orElseThrow();
        for (Session session : List.of(client, server)) {
            require(session.version().equals(ProtocolVersion.TLS_1_3), "negotiated " + session.version());
            require(session.cipherSuite().equals(CipherSuite.TLS_AES_128_GCM_SHA256), "negotiated " + session.cipherSuite());
            require(session.group().equals(NamedGroup.X25519), "negotiated group " + session.group());
            require(session.signatureScheme().equals(SignatureScheme.ECDSA_SECP256R1_SHA256),
                    "the server signed with " + session.signatureScheme());
        }
        require(client.peerCertificates().equals(TestPki.SERVER.chain()), "the client did not see the server's chain");
        List<X509Certificate> expected = clientAuth == ClientAuth.REQUIRED ? TestPki.CLIENT.chain() : List.of();
        require(server.peerCertificates().equals(expected),
                "the server saw " + server.peerCertificates().size() + " client certificates");
        byte[] data = "tlsref round trip".getBytes(StandardCharsets.US_ASCII);
        require(ByteBuffer.wrap(send(connection.client(), connection.server(), data)).equals(ByteBuffer.wrap(data)),
                "application data did not arrive intact at the server");
        require(ByteBuffer.wrap(send(connection.server(), connection.client(), data)).equals(ByteBuffer.wrap(data)),
                "application data did not arrive intact at the client");
    }

    private byte[] send(TlsConnection from, TlsConnection to, byte[] data) {
        from.write(ByteBuffer.wrap(data));
        move(from, to);
        ByteBuffer received = ByteBuffer.allocate(data.length + 1);
        to.read(received);
        byte[] bytes = new byte[received.flip().remaining()];
        received.get(bytes);
        return bytes;
    }

    /** Transmits everything {@code from} has into {@code to}; true when bytes moved. */
    private boolean move(TlsConnection from, TlsConnection to) {
        boolean moved = false;
        while (from.wantsToTransmit()) {
            wire.clear();
            from.transmit(wire);
            wire.flip();
            moved |= wire.hasRemaining();
            while (wire.hasRemaining()) {
                int before = wire.remaining();
                to.receive(wire);
                require(wire.remaining() < before, "the receiver took nothing");
            }
        }
        return moved;
    }

    private static CertifiedKey certifiedKey(TestPki.Identity identity) {
        return CertifiedKey.of(identity.chain(), identity.key());
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("tlsref: " + failure);
        }
    }
}
