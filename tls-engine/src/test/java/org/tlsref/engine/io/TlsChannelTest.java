package org.tlsref.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.PeerAlert;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.testing.TestPki;

/**
 * TlsChannel client and server over a loopback TCP connection (127.0.0.1, a free port). Every
 * blocking call is bounded by the class timeout, whose interrupt closes the channels.
 */
@Timeout(30)
class TlsChannelTest {
    private static final byte[] ONE_MIB = RandomSources.seeded(new byte[] {7}).nextBytes(1 << 20);

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final KeyUpdateLog clientLog = new KeyUpdateLog();
    private final KeyUpdateLog serverLog = new KeyUpdateLog();
    private ServerSocketChannel listener;
    private SocketChannel clientSide;
    private SocketChannel serverSide;

    @BeforeEach
    void connect() throws IOException {
        listener = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        clientSide = SocketChannel.open(listener.getLocalAddress());
        serverSide = listener.accept();
    }

    @AfterEach
    void stop() throws IOException {
        executor.shutdownNow();
        clientSide.close();
        serverSide.close();
        listener.close();
    }

    @Test
    void handshakeAgreesOnBothSidesAndExportsTheSameKeyingMaterial() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        Future<?> served = executor.submit(() -> {
            server.startHandshake();
            return null;
        });
        client.startHandshake();
        served.get(20, TimeUnit.SECONDS);
        Session clientView = client.session().orElseThrow();
        Session serverView = server.session().orElseThrow();
        assertEquals(clientView.cipherSuite(), serverView.cipherSuite());
        assertEquals(clientView.group(), serverView.group());
        byte[] exported = client.exportKeyingMaterial("EXPORTER-tlsref-test", Bytes.EMPTY, 32)
                .bytes();
        assertArrayEquals(exported,
                server.exportKeyingMaterial("EXPORTER-tlsref-test", Bytes.EMPTY, 32).bytes());
    }

    @Test
    void oneMebibyteEchoesWhileTheClientReadsAndWritesFromTwoThreads() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        Future<Integer> echoed = executor.submit(() -> echo(server));
        Future<?> writer = executor.submit(() -> {
            ByteBuffer all = ByteBuffer.wrap(ONE_MIB);
            assertEquals(ONE_MIB.length, client.write(all));
            assertFalse(all.hasRemaining(), "write takes all of the buffer");
            client.shutdownOutput();
            return null;
        });
        assertArrayEquals(ONE_MIB, readToEnd(client));
        writer.get(20, TimeUnit.SECONDS);
        assertEquals(ONE_MIB.length, echoed.get(20, TimeUnit.SECONDS));
    }

    @Test
    void afterHalfCloseThePeersDataStillArrives() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        Future<byte[]> served = executor.submit(() -> {
            byte[] question = readToEnd(server);
            server.write(ascii("answer"));
            server.close();
            return question;
        });
        client.write(ascii("question"));
        client.shutdownOutput();
        assertThrows(IOException.class, () -> client.write(ascii("more")),
                "nothing is written after close_notify");
        assertArrayEquals(ascii("question").array(), served.get(20, TimeUnit.SECONDS),
                "the server read to -1 (close_notify) before answering");
        assertArrayEquals(ascii("answer").array(), readToEnd(client));
        assertEquals(-1, client.read(ByteBuffer.allocate(1)), "the end stays the end");
    }

    @Test
    void keyUpdateFromEitherAdapterIsSentAndAnswered() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        handshake(client, server);

        client.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        client.write(ascii("one"));
        assertArrayEquals(ascii("one").array(), readExactly(server, 3));
        server.write(ascii("two"));
        assertArrayEquals(ascii("two").array(), readExactly(client, 3));
        assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), serverLog.received());
        assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED), serverLog.sent(),
                "RFC 8446 §4.6.3: the server answered with its own KeyUpdate");

        server.keyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED);
        server.write(ascii("three"));
        assertArrayEquals(ascii("three").array(), readExactly(client, 5));
        assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED,
                KeyUpdateRequest.UPDATE_NOT_REQUESTED), clientLog.received());
        assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED), clientLog.sent(),
                "nothing was requested of the client the second time");
    }

    @Test
    void peerAlertSurfacesAsTlsSocketExceptionAndStays() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client("wrong.name");
        Future<TlsSocketException> served = executor.submit(
                () -> assertThrows(TlsSocketException.class, server::startHandshake));
        TlsSocketException own = assertThrows(TlsSocketException.class, client::startHandshake);
        assertEquals(AlertDescription.BAD_CERTIFICATE, own.alert().description());

        TlsSocketException received = served.get(20, TimeUnit.SECONDS);
        assertInstanceOf(PeerAlert.class, received.alert().reason(),
                "the server failed on the client's alert, which the client had sent");
        assertEquals(AlertDescription.BAD_CERTIFICATE, received.alert().description());
        TlsSocketException again = assertThrows(TlsSocketException.class,
                () -> server.read(ByteBuffer.allocate(1)));
        assertEquals(received.alert(), again.alert(), "later use reports the same failure");
        assertThrows(TlsSocketException.class, () -> client.write(ascii("late")));
    }

    @Test
    void transportClosedBeforeCloseNotifyIsEofExceptionNotEndOfData() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        handshake(client, server);
        serverSide.close();
        assertThrows(EOFException.class, () -> client.read(ByteBuffer.allocate(16)));
    }

    @Test
    void closeSendsCloseNotifyAfterTheDataAndClosesTheChannel() throws Exception {
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        handshake(client, server);
        server.write(ascii("last words"));
        server.close();
        assertFalse(server.isOpen());
        assertFalse(serverSide.isOpen(), "the underlying channel is closed");
        assertThrows(ClosedChannelException.class, () -> server.read(ByteBuffer.allocate(1)));
        assertThrows(ClosedChannelException.class, () -> server.write(ascii("x")));
        assertArrayEquals(ascii("last words").array(), readToEnd(client));
        assertTrue(client.isOpen());
    }

    @Test
    void bothSidesReadAndWriteAtOnceWithKeyUpdatesRequestedMidStream() throws Exception {
        byte[] fromServer = RandomSources.seeded(new byte[] {8}).nextBytes(1 << 20);
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        Future<byte[]> serverReads = executor.submit(() -> readToEnd(server));
        Future<?> serverWrites = executor.submit(() -> writeInChunksUpdatingKeys(server, fromServer));
        Future<?> clientWrites = executor.submit(() -> writeInChunksUpdatingKeys(client, ONE_MIB));
        assertArrayEquals(fromServer, readToEnd(client));
        assertArrayEquals(ONE_MIB, serverReads.get(20, TimeUnit.SECONDS));
        serverWrites.get(20, TimeUnit.SECONDS);
        clientWrites.get(20, TimeUnit.SECONDS);
        assertTrue(clientLog.sent().contains(KeyUpdateRequest.UPDATE_REQUESTED));
        assertTrue(serverLog.received().contains(KeyUpdateRequest.UPDATE_REQUESTED));
        assertTrue(serverLog.sent().contains(KeyUpdateRequest.UPDATE_REQUESTED));
        assertTrue(clientLog.received().contains(KeyUpdateRequest.UPDATE_REQUESTED));
    }

    /**
     * The reader must not wait for a writer stuck on a full network: until this was fixed, each
     * read began by flushing under the sending lock, which the writer held while blocked, so
     * two peers writing at once deadlocked. The server reads one byte, which shows the client's
     * writer is draining (and holds the sending lock until all 32 MiB are out), then stops
     * reading while the client reads the server's greeting.
     */
    @Test
    void readerIsNotHeldUpByAWriterBlockedOnAFullNetwork() throws Exception {
        byte[] big = RandomSources.seeded(new byte[] {9}).nextBytes(32 << 20);
        TlsChannel server = server();
        TlsChannel client = client(TestPki.SERVER_NAME);
        handshake(client, server);
        server.write(ascii("hello"));
        Future<?> writer = executor.submit(() -> client.write(ByteBuffer.wrap(big)));
        ByteBuffer first = ByteBuffer.allocate(1);
        assertEquals(1, server.read(first));
        Future<byte[]> greeting = executor.submit(() -> readExactly(client, 5));
        assertArrayEquals(ascii("hello").array(), greeting.get(20, TimeUnit.SECONDS));
        byte[] rest = readExactly(server, big.length - 1);
        writer.get(20, TimeUnit.SECONDS);
        assertEquals(big[0], first.get(0));
        assertTrue(java.util.Arrays.equals(big, 1, big.length, rest, 0, rest.length));
    }

    @Test
    void nonBlockingChannelIsRefused() throws IOException {
        clientSide.configureBlocking(false);
        assertThrows(IllegalBlockingModeException.class,
                () -> TlsChannel.client(clientSide, AdapterConfigs.client(clientLog),
                        TestPki.SERVER_NAME));
    }

    private TlsChannel server() {
        return TlsChannel.server(serverSide, AdapterConfigs.server(serverLog));
    }

    private TlsChannel client(String serverName) {
        return TlsChannel.client(clientSide, AdapterConfigs.client(clientLog), serverName);
    }

    private void handshake(TlsChannel client, TlsChannel server) throws Exception {
        Future<?> served = executor.submit(() -> {
            server.startHandshake();
            return null;
        });
        client.startHandshake();
        served.get(20, TimeUnit.SECONDS);
    }

    /** Writes {@code data} in 64 KiB chunks, asking for a KeyUpdate after the eighth; half-closes. */
    private static Void writeInChunksUpdatingKeys(TlsChannel tls, byte[] data) throws IOException {
        int chunk = 1 << 16;
        for (int at = 0; at < data.length; at += chunk) {
            tls.write(ByteBuffer.wrap(data, at, Math.min(chunk, data.length - at)));
            if (at == 8 * chunk) {
                tls.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
            }
        }
        tls.shutdownOutput();
        return null;
    }

    /** Writes back what it reads until close_notify, then closes; returns how many bytes. */
    private static int echo(TlsChannel tls) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 14);
        int total = 0;
        for (int count; (count = tls.read(buffer)) >= 0; ) {
            total += count;
            buffer.flip();
            tls.write(buffer);
            buffer.clear();
        }
        tls.close();
        return total;
    }

    private static byte[] readToEnd(TlsChannel tls) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (tls.read(buffer) >= 0) {
            all.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return all.toByteArray();
    }

    private static byte[] readExactly(TlsChannel tls, int length) throws IOException {
        ByteBuffer into = ByteBuffer.allocate(length);
        while (into.hasRemaining()) {
            if (tls.read(into) < 0) {
                throw new EOFException("close_notify after " + into.position() + " bytes");
            }
        }
        return into.array();
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
