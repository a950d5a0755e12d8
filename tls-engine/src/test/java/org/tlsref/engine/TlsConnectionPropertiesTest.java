package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.TestPki;

/**
 * Hostile input against a connection: the flights of a good handshake (with client
 * authentication, application data, a key update and close_notify), replayed to a fresh
 * connection of the same deterministic configuration after mutation — bit flips, truncation,
 * duplicated, reordered and dropped flights, random bytes — and cut into random chunks. The
 * connection must end with a TlsAlert whose alert it queues for the peer (or a received one),
 * or accept the input; never another exception, never a loop (each call consumes input or the
 * feeding stops), never more buffered data than its bound.
 *
 * <p>Tries: 250 per side. Each try runs a handshake's cryptography (x25519, P-256 signatures,
 * path validation), about 20 ms on two shared cores, so each property takes some five seconds;
 * the mutation space (7 kinds × positions × bits × chunkings) is covered across runs.
 */
class TlsConnectionPropertiesTest {
    private static final Recording GOOD = Recording.make();

    /** The ways a recorded conversation is spoiled. */
    enum Mutation { NONE, FLIP_BIT, TRUNCATE, DUPLICATE_FLIGHT, SWAP_FLIGHTS, DROP_FLIGHT,
        RANDOM_BYTES }

    @Property(tries = 250)
    void aServerFedSpoiledClientFlightsAlertsOrSucceeds(@ForAll Mutation mutation,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where,
            @ForAll @IntRange(min = 0, max = 7) int bit,
            @ForAll("chunks") int chunk) {
        TlsConnection server = TlsServer.create(serverConfig());
        feed(server, mutate(GOOD.toServer, mutation, where, bit), chunk);
    }

    @Property(tries = 250)
    void aClientFedSpoiledServerFlightsAlertsOrSucceeds(@ForAll Mutation mutation,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where,
            @ForAll @IntRange(min = 0, max = 7) int bit,
            @ForAll("chunks") int chunk) {
        TlsConnection client = TlsClient.create(clientConfig(), TestPki.SERVER_NAME);
        Pump.drain(client);
        feed(client, mutate(GOOD.toClient, mutation, where, bit), chunk);
    }

    @Example
    void theUnspoiledRecordingCompletesOnFreshConnections() {
        TlsConnection server = TlsServer.create(serverConfig());
        feed(server, GOOD.toServer, 1000);
        assertTrue(server.handshakeComplete() && server.peerClosed() && server.failure().isEmpty());
        TlsConnection client = TlsClient.create(clientConfig(), TestPki.SERVER_NAME);
        Pump.drain(client);
        feed(client, GOOD.toClient, 1000);
        assertTrue(client.handshakeComplete() && client.peerClosed() && client.failure().isEmpty());
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(8, 20_000));
    }

    /** Feeds {@code flights} in chunks; checks the outcome the class comment requires. */
    private static void feed(TlsConnection connection, List<byte[]> flights, int chunk) {
        for (byte[] flight : flights) {
            ByteBuffer wire = ByteBuffer.wrap(flight);
            while (wire.hasRemaining()) {
                ByteBuffer piece = wire.slice();
                piece.limit(Math.min(chunk, piece.remaining()));
                int before = piece.remaining();
                try {
                    connection.receive(piece);
                } catch (TlsAlert alert) {
                    assertTrue(connection.failure().isPresent());
                    assertTrue(alert.reason() instanceof PeerAlert
                            || connection.wantsToTransmit(), "the alert is queued");
                    return;
                }
                assertTrue(connection.available() <= 4 * ((1 << 14) + 1));
                connection.read(ByteBuffer.allocate(1 << 16));
                int consumed = before - piece.remaining();
                if (consumed == 0) {
                    return;
                }
                wire.position(wire.position() + consumed);
            }
            Pump.drain(connection);
        }
    }

    private static List<byte[]> mutate(List<byte[]> flights, Mutation mutation, int where,
            int bit) {
        List<byte[]> out = new ArrayList<>();
        flights.forEach(f -> out.add(f.clone()));
        int index = where % out.size();
        byte[] flight = out.get(index);
        switch (mutation) {
            case FLIP_BIT -> flight[where % flight.length] ^= (byte) (1 << bit);
            case TRUNCATE -> out.set(index, Arrays.copyOf(flight, where % flight.length));
            case DUPLICATE_FLIGHT -> out.add(index, flight.clone());
            case SWAP_FLIGHTS -> out.set(index, out.set((index + 1) % out.size(), flight));
            case DROP_FLIGHT -> out.remove(index);
            case RANDOM_BYTES -> out.add(index,
                    RandomSources.seeded(new byte[] {(byte) where, (byte) bit})
                            .nextBytes(1 + where % 300));
            case NONE -> { }
        }
        return out;
    }

    private static TlsConfig clientConfig() {
        return TlsConfig.builder().trustAnchors(TestPki.anchors()).clock(TestPki.CLOCK)
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .certifiedKeys(TestPki.client("p256"))
                .random(RandomSources.seeded(new byte[] {21})).build();
    }

    private static TlsConfig serverConfig() {
        return TlsConfig.builder().certifiedKeys(TestPki.server("p256")).clock(TestPki.CLOCK)
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .clientAuthentication(ClientAuthentication.REQUIRED)
                .trustAnchors(TestPki.anchors())
                .random(RandomSources.seeded(new byte[] {22})).build();
    }

    /** The flights of one good conversation, as each side transmitted them. */
    private record Recording(List<byte[]> toServer, List<byte[]> toClient) {
        static Recording make() {
            TlsConnection client = TlsClient.create(clientConfig(), TestPki.SERVER_NAME);
            TlsConnection server = TlsServer.create(serverConfig());
            Recording r = new Recording(new ArrayList<>(), new ArrayList<>());
            r.exchange(client, server);
            client.write(ByteBuffer.wrap(new byte[3000]));
            client.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
            client.write(ByteBuffer.wrap(new byte[100]));
            r.exchange(client, server);
            server.write(ByteBuffer.wrap(new byte[5000]));
            server.close();
            client.close();
            r.exchange(client, server);
            return r;
        }

        void exchange(TlsConnection client, TlsConnection server) {
            for (int round = 0; round < Pump.MAX_ROUNDS; round++) {
                byte[] up = Pump.drain(client);
                if (up.length > 0) {
                    toServer.add(up);
                    server.receive(ByteBuffer.wrap(up));
                }
                byte[] down = Pump.drain(server);
                if (down.length > 0) {
                    toClient.add(down);
                    client.receive(ByteBuffer.wrap(down));
                }
                if (up.length == 0 && down.length == 0) {
                    return;
                }
            }
        }
    }
}
