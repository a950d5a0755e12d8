package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.MiddleboxCompatibility;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.record.PaddingPolicy;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.TestPki;

/** A tlsref client against a tlsref server in memory, across the configuration space. */
class InMemoryHandshakeTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {9}).nextBytes(1 << 20);

    @ParameterizedTest
    @ValueSource(ints = {0x1301, 0x1302, 0x1303, 0x1304, 0x1305})
    void everyTls13CipherSuiteCompletesAndCarriesData(int code) {
        CipherSuite suite = CipherSuite.of(code);
        Pair pair = Pair.of(c -> c.cipherSuites(suite), s -> s.cipherSuites(suite));
        pair.handshake();
        assertEquals(suite, pair.client.session().orElseThrow().cipherSuite());
        pair.exchange(Bytes.of(new byte[3000]));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x001D, 0x0017, 0x0018, 0x11EC})
    void everyGroupCompletes(int code) {
        NamedGroup group = NamedGroup.of(code);
        Pair pair = Pair.of(c -> c.supportedGroups(group).keyShareGroups(group),
                s -> s.supportedGroups(group));
        pair.handshake();
        assertEquals(group, pair.client.session().orElseThrow().group());
        assertEquals(group, pair.server.session().orElseThrow().group());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048", "rsapss", "p256", "p384", "ed25519"})
    void everyServerKeyTypeSignsAndVerifies(String kind) {
        Pair pair = Pair.of(c -> c, s -> s.certifiedKeys(TestPki.server(kind)));
        pair.handshake();
        SignatureScheme expected = switch (kind) {
            case "rsa2048" -> SignatureScheme.RSA_PSS_RSAE_SHA256;
            case "rsapss" -> SignatureScheme.RSA_PSS_PSS_SHA256;
            case "p256" -> SignatureScheme.ECDSA_SECP256R1_SHA256;
            case "p384" -> SignatureScheme.ECDSA_SECP384R1_SHA384;
            default -> SignatureScheme.ED25519;
        };
        assertEquals(expected, pair.client.session().orElseThrow().signatureScheme());
        assertEquals(2, pair.client.session().orElseThrow().peerCertificates().size());
    }

    @Test
    void aShareTheServerDoesNotAcceptForcesAHelloRetryRequest() {
        List<Effect> serverEffects = new ArrayList<>();
        Pair pair = Pair.of(
                c -> c.supportedGroups(NamedGroup.X25519, NamedGroup.SECP384R1)
                        .keyShareGroups(NamedGroup.X25519),
                s -> s.supportedGroups(NamedGroup.SECP384R1).listener(recorder(serverEffects)));
        pair.handshake();
        assertEquals(NamedGroup.SECP384R1, pair.client.session().orElseThrow().group());
        assertTrue(serverEffects.stream().anyMatch(e -> e instanceof Effect.Send send
                && send.message() instanceof HelloRetryRequest));
        pair.exchange(Bytes.of(new byte[10]));
    }

    @Test
    void helloRetryRequestInCompatibilityModeStillCompletes() {
        Pair pair = Pair.of(
                c -> c.supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                        .keyShareGroups(NamedGroup.X25519)
                        .middleboxCompatibility(MiddleboxCompatibility.ENABLED),
                s -> s.supportedGroups(NamedGroup.SECP256R1));
        pair.handshake();
        assertEquals(NamedGroup.SECP256R1, pair.server.session().orElseThrow().group());
    }

    @ParameterizedTest
    @EnumSource(ClientAuthentication.class)
    void clientWithACertificateAuthenticatesWhenAsked(ClientAuthentication mode) {
        Pair pair = Pair.of(c -> c.certifiedKeys(TestPki.client("p256")),
                s -> s.clientAuthentication(mode).trustAnchors(TestPki.anchors()));
        pair.handshake();
        int expected = mode == ClientAuthentication.NONE ? 0 : 2;
        assertEquals(expected, pair.server.session().orElseThrow().peerCertificates().size());
        assertEquals(2, pair.client.session().orElseThrow().peerCertificates().size());
    }

    @Test
    void rsaClientCertificateIsAcceptedUnderRequired() {
        Pair pair = Pair.of(c -> c.certifiedKeys(TestPki.client("rsa")),
                s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                        .trustAnchors(TestPki.anchors()));
        pair.handshake();
        assertEquals(2, pair.server.session().orElseThrow().peerCertificates().size());
    }

    @Test
    void clientWithoutACertificateStaysAnonymousUnderOptional() {
        Pair pair = Pair.of(c -> c, s -> s.clientAuthentication(ClientAuthentication.OPTIONAL)
                .trustAnchors(TestPki.anchors()));
        pair.handshake();
        assertEquals(List.of(), pair.server.session().orElseThrow().peerCertificates());
    }

    @Test
    void clientWithoutACertificateIsRefusedUnderRequired() {
        Pair pair = Pair.of(c -> c, s -> s.clientAuthentication(ClientAuthentication.REQUIRED)
                .trustAnchors(TestPki.anchors()));
        TlsAlert alert = assertThrows(TlsAlert.class, pair::handshake);
        assertEquals(HandshakeViolation.CERTIFICATE_REQUIRED, alert.reason());
        TlsAlert received = assertThrows(TlsAlert.class,
                () -> Pump.move(pair.server, pair.client));
        assertEquals(new PeerAlert(AlertDescription.CERTIFICATE_REQUIRED), received.reason());
        assertTrue(pair.client.failure().isPresent());
    }

    @Test
    void commonApplicationProtocolIsSelected() {
        Pair pair = Pair.of(c -> c.applicationProtocols("h2", "http/1.1"),
                s -> s.applicationProtocols("http/1.1", "h2"));
        pair.handshake();
        assertEquals(Optional.of("http/1.1"),
                pair.client.session().orElseThrow().applicationProtocol());
        assertEquals(Optional.of("http/1.1"),
                pair.server.session().orElseThrow().applicationProtocol());
    }

    @Test
    void noCommonApplicationProtocolIsNoApplicationProtocol() {
        Pair pair = Pair.of(c -> c.applicationProtocols("h2"),
                s -> s.applicationProtocols("imap"));
        TlsAlert alert = assertThrows(TlsAlert.class, pair::handshake);
        assertEquals(HandshakeViolation.NO_APPLICATION_PROTOCOL, alert.reason());
    }

    @Test
    void keyUpdatesBothWaysKeepTheDataFlowing() {
        Pair pair = Pair.of(c -> c, s -> s);
        pair.handshake();
        pair.client.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        pair.exchange(Bytes.of(new byte[100]));
        pair.server.keyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED);
        pair.exchange(Bytes.of(new byte[100]));
        pair.server.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        pair.client.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        pair.exchange(Bytes.of(new byte[100]));
    }

    @Test
    void oneMebibyteFlowsEachWay() {
        Pair pair = Pair.of(c -> c, s -> s);
        pair.handshake();
        pair.exchange(Bytes.of(ONE_MIB));
    }

    @Test
    void smallRecordSizeLimitAndPaddingStillCarryAMebibyte() {
        Pair pair = Pair.of(c -> c.recordSizeLimit(512).padding(PaddingPolicy.toMultipleOf(64)),
                s -> s.recordSizeLimit(1024));
        pair.handshake();
        pair.exchange(Bytes.of(ONE_MIB));
    }

    @Test
    void eachSideSendsRecordsWithinThePeersRecordSizeLimit() {
        Pair pair = Pair.of(c -> c.recordSizeLimit(512), s -> s.recordSizeLimit(1024));
        pair.handshake();
        pair.client.write(ByteBuffer.wrap(new byte[10000]));
        pair.server.write(ByteBuffer.wrap(new byte[10000]));
        int tag = 16;
        assertEquals(1024 + tag, largestRecord(Pump.drain(pair.client)));
        assertEquals(512 + tag, largestRecord(Pump.drain(pair.server)));
    }

    private static int largestRecord(byte[] wire) {
        int largest = 0;
        for (int at = 0; at < wire.length; ) {
            int length = ((wire[at + 3] & 0xFF) << 8) | (wire[at + 4] & 0xFF);
            largest = Math.max(largest, length);
            at += 5 + length;
        }
        return largest;
    }

    @Test
    void closeNotifyEndsEachDirectionSeparately() {
        Pair pair = Pair.of(c -> c, s -> s);
        pair.handshake();
        pair.client.close();
        Pump.run(pair.client, pair.server);
        assertTrue(pair.server.peerClosed());
        assertEquals(-1, pair.server.read(ByteBuffer.allocate(10)));
        assertThrows(IllegalStateException.class,
                () -> pair.client.write(ByteBuffer.allocate(1)));
        pair.server.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        Pump.run(pair.client, pair.server);
        ByteBuffer in = ByteBuffer.allocate(10);
        assertEquals(3, pair.client.read(in));
        pair.server.close();
        Pump.run(pair.client, pair.server);
        assertEquals(-1, pair.client.read(in));
    }

    @Test
    void exportersAgreeOnBothSides() {
        Pair pair = Pair.of(c -> c, s -> s);
        pair.handshake();
        Bytes context = Bytes.ofUnsigned(1, 2, 3);
        assertArrayEquals(pair.client.exportKeyingMaterial("EXPORTER-test", context, 32).bytes(),
                pair.server.exportKeyingMaterial("EXPORTER-test", context, 32).bytes());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void clientAndServerOnDifferentBackendsAgree(Backend clientBackend) {
        Backend serverBackend = clientBackend == Backend.JCA ? Backend.BOUNCY_CASTLE : Backend.JCA;
        for (CipherSuite suite : List.of(CipherSuite.TLS_AES_128_GCM_SHA256,
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384)) {
            for (String kind : List.of("rsa2048", "p256", "ed25519")) {
                Pair pair = Pair.of(
                        c -> c.cryptoProvider(CryptoProviders.only(clientBackend))
                                .cipherSuites(suite)
                                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                                .keyShareGroups(NamedGroup.X25519),
                        s -> s.cryptoProvider(CryptoProviders.only(serverBackend))
                                .cipherSuites(suite).certifiedKeys(TestPki.server(kind))
                                .supportedGroups(NamedGroup.SECP256R1, NamedGroup.X25519));
                pair.handshake();
                pair.exchange(Bytes.of(new byte[20000]));
            }
        }
    }

    @Test
    void wrongHostNameIsRefusedByTheClient() {
        TlsConfig client = TlsConfig.builder().trustAnchors(TestPki.anchors())
                .clock(TestPki.CLOCK).random(RandomSources.seeded(new byte[] {5})).build();
        TlsConnection c = TlsClient.create(client, "other.example");
        TlsConnection s = TlsServer.create(TlsConfig.builder()
                .certifiedKeys(TestPki.server("p256")).clock(TestPki.CLOCK)
                .random(RandomSources.seeded(new byte[] {6})).build());
        TlsAlert alert = assertThrows(TlsAlert.class, () -> Pump.run(c, s));
        assertEquals(AlertDescription.BAD_CERTIFICATE, alert.description());
        assertFalse(c.handshakeComplete());
    }

    @Test
    void sessionViewDescribesTheNegotiation() {
        Pair pair = Pair.of(c -> c, s -> s);
        pair.handshake();
        Session session = pair.client.session().orElseThrow();
        assertFalse(session.resumed());
        assertEquals(NamedGroup.X25519_MLKEM768, session.group());
        assertInstanceOf(String.class, session.toString());
    }

    private static HandshakeListener recorder(List<Effect> effects) {
        return new HandshakeListener() {
            @Override
            public void applied(Effect effect) {
                effects.add(effect);
            }
        };
    }

    /** A client and a server built from the test PKI with seeded randomness. */
    static final class Pair {
        final TlsConnection client;
        final TlsConnection server;

        private Pair(TlsConnection client, TlsConnection server) {
            this.client = client;
            this.server = server;
        }

        static Pair of(UnaryOperator<TlsConfig.Builder> clientOptions,
                UnaryOperator<TlsConfig.Builder> serverOptions) {
            TlsConfig clientConfig = clientOptions.apply(TlsConfig.builder()
                    .trustAnchors(TestPki.anchors()).clock(TestPki.CLOCK)
                    .random(RandomSources.seeded(new byte[] {1}))).build();
            TlsConfig serverConfig = serverOptions.apply(TlsConfig.builder()
                    .certifiedKeys(TestPki.server("p256")).clock(TestPki.CLOCK)
                    .random(RandomSources.seeded(new byte[] {2}))).build();
            return new Pair(TlsClient.create(clientConfig, TestPki.SERVER_NAME),
                    TlsServer.create(serverConfig));
        }

        void handshake() {
            Pump.run(client, server);
            assertTrue(client.handshakeComplete(), "client complete");
            assertTrue(server.handshakeComplete(), "server complete");
        }

        /** Sends {@code data} each way and checks it arrives whole. */
        void exchange(Bytes data) {
            assertEquals(data, transfer(client, server, data));
            assertEquals(data, transfer(server, client, data));
        }

        private Bytes transfer(TlsConnection from, TlsConnection to, Bytes data) {
            from.write(ByteBuffer.wrap(data.toByteArray()));
            ByteBuffer received = ByteBuffer.allocate(data.length());
            ByteBuffer wire = ByteBuffer.wrap(Pump.drain(from));
            while (wire.hasRemaining() || to.available() > 0) {
                to.receive(wire);
                to.read(received);
            }
            Pump.run(client, server);
            to.read(received);
            return Bytes.of(received.array(), 0, received.position());
        }
    }
}
