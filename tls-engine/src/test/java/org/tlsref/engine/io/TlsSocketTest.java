package org.tlsref.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.testing.TestPki;

@Timeout(30)
class TlsSocketTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void echoOverALoopbackSocket() throws Exception {
        byte[] message = RandomSources.seeded(new byte[] {3}).nextBytes(200_000);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<byte[]> served = executor.submit(() -> {
                try (TlsSocket server = TlsSocket.server(listener.accept(), serverConfig())) {
                    byte[] received = readAll(server.getInputStream());
                    server.getOutputStream().write(received);
                    return received;
                }
            });
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
                    TlsSocket client = TlsSocket.client(socket, clientConfig(),
                            TestPki.SERVER_NAME)) {
                client.startHandshake();
                client.getOutputStream().write(message);
                client.shutdownOutput();
                byte[] echoed = readAll(client.getInputStream());
                assertArrayEquals(message, echoed);
                assertEquals(TestPki.SERVER_NAME.length() > 0, client.session().isPresent());
            }
            assertArrayEquals(message, served.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void eachWriteIsOnTheWireWhenItReturns() throws Exception {
        byte[] line = "one line\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<byte[]> served = executor.submit(() -> {
                try (TlsSocket server = TlsSocket.server(listener.accept(), serverConfig())) {
                    return server.getInputStream().readNBytes(line.length);
                }
            });
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
                    TlsSocket client = TlsSocket.client(socket, clientConfig(),
                            TestPki.SERVER_NAME)) {
                client.startHandshake();
                client.getOutputStream().write(line);
                // No further write, read or close from the client until the server has the line.
                assertArrayEquals(line, served.get(20, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void failedHandshakeIsATlsSocketExceptionOnBothSides() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<TlsSocketException> served = executor.submit(() -> {
                try (TlsSocket server = TlsSocket.server(listener.accept(), serverConfig())) {
                    return assertThrows(TlsSocketException.class, server::startHandshake);
                }
            });
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
                    TlsSocket client = TlsSocket.client(socket, clientConfig(), "wrong.name")) {
                TlsSocketException e = assertThrows(TlsSocketException.class,
                        client::startHandshake);
                assertEquals(AlertDescription.BAD_CERTIFICATE, e.alert().description());
            }
            assertEquals(AlertDescription.BAD_CERTIFICATE,
                    served.get(20, TimeUnit.SECONDS).alert().description());
        }
    }

    @Test
    void transportClosedBeforeCloseNotifyIsNotEndOfData() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            executor.submit(() -> {
                Socket raw = listener.accept();
                TlsSocket server = TlsSocket.server(raw, serverConfig());
                server.startHandshake();
                raw.close();
                return null;
            });
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
                    TlsSocket client = TlsSocket.client(socket, clientConfig(),
                            TestPki.SERVER_NAME)) {
                client.startHandshake();
                assertThrows(EOFException.class, () -> client.getInputStream().read());
            }
        }
    }

    @Test
    void keyUpdateIsSentAtOnceAndAnsweredWhenRequested() throws Exception {
        KeyUpdateLog clientLog = new KeyUpdateLog();
        KeyUpdateLog serverLog = new KeyUpdateLog();
        byte[] ping = "ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<byte[]> served = executor.submit(() -> {
                try (TlsSocket server = TlsSocket.server(listener.accept(),
                        AdapterConfigs.server(serverLog))) {
                    byte[] received = server.getInputStream().readNBytes(ping.length);
                    server.getOutputStream().write(received);
                    return readAll(server.getInputStream());
                }
            });
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
                    TlsSocket client = TlsSocket.client(socket, AdapterConfigs.client(clientLog),
                            TestPki.SERVER_NAME)) {
                client.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
                client.getOutputStream().write(ping);
                assertArrayEquals(ping, client.getInputStream().readNBytes(ping.length),
                        "the server read under the client's new keys, and answered under its own");
                client.keyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED);
                client.shutdownOutput();
                assertEquals(0, readAll(client.getInputStream()).length);
            }
            assertEquals(0, served.get(20, TimeUnit.SECONDS).length);
        }
        assertEquals(List.of(KeyUpdateRequest.UPDATE_REQUESTED,
                KeyUpdateRequest.UPDATE_NOT_REQUESTED), clientLog.sent());
        assertEquals(clientLog.sent(), serverLog.received());
        assertEquals(List.of(KeyUpdateRequest.UPDATE_NOT_REQUESTED), serverLog.sent());
        assertEquals(serverLog.sent(), clientLog.received());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static TlsConfig serverConfig() {
        return AdapterConfigs.server(HandshakeListener.NONE);
    }

    private static TlsConfig clientConfig() {
        return AdapterConfigs.client(HandshakeListener.NONE);
    }
}
