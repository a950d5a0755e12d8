package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.Alert;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.AlertLevel;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Closed;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.KeyLogs;
import org.tlsref.engine.keyschedule.TrafficSecret;
import org.tlsref.engine.record.RecordSealer;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.TestPki;

class TlsConnectionTest {
    @Test
    void clientAndServerCompleteAHandshakeAndExchangeData() {
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = server(HandshakeListener.NONE);
        Pump.run(c, s);
        assertTrue(c.handshakeComplete());
        assertTrue(s.handshakeComplete());
        assertEquals(ProtocolVersion.TLS_1_3, c.session().orElseThrow().version());

        c.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
        Pump.run(c, s);
        ByteBuffer in = ByteBuffer.allocate(100);
        assertEquals(5, s.read(in));
    }

    @Test
    void theListenerSeesStatesInputsAndEffectsInOrder() {
        List<String> trace = new ArrayList<>();
        HandshakeListener listener = new HandshakeListener() {
            @Override
            public void received(Input input) {
                trace.add("in: " + input.description());
            }

            @Override
            public void applied(Effect effect) {
                trace.add("do: " + effect.description());
            }

            @Override
            public void entered(HandshakeState state) {
                trace.add("at: " + state.description());
            }
        };
        TlsConnection c = client(listener);
        Pump.run(c, server(HandshakeListener.NONE));
        assertEquals("do: send ClientHello (client hello: versions, cipher suites in preference"
                + " order, random)", trace.get(0));
        assertTrue(trace.get(1).startsWith("at: client: ClientHello sent"), trace.get(1));
        assertTrue(trace.stream().anyMatch(line -> line.startsWith("in: received ServerHello")),
                trace.toString());
        assertTrue(trace.get(trace.size() - 1).contains("handshake complete"));
    }

    @Test
    void nothingButAlertsBeforeTheHandshakeAndAfterAFailure() {
        TlsConnection c = client(HandshakeListener.NONE);
        assertThrows(IllegalStateException.class, () -> c.write(ByteBuffer.allocate(1)));
        assertThrows(IllegalStateException.class,
                () -> c.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED));
        assertThrows(IllegalStateException.class,
                () -> c.exportKeyingMaterial("EXPORTER-x", Bytes.EMPTY, 8));
        assertEquals(0, c.read(ByteBuffer.allocate(1)));
    }

    @Test
    void garbageIsAnAlertQueuedForThePeerAndTheConnectionStaysClosed() {
        TlsConnection s = server(HandshakeListener.NONE);
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> s.receive(ByteBuffer.wrap(new byte[] {22, 3, 1, 0, 4, 20, 0, 0, 0})));
        assertEquals(HandshakeViolation.UNEXPECTED_MESSAGE, alert.reason());
        assertSame(alert, s.failure().orElseThrow());
        assertSame(Closed.INSTANCE, s.state());
        assertEquals(Bytes.fromHex("15030300020" + "20a"), Bytes.of(Pump.drain(s)));
        assertThrows(IllegalStateException.class, () -> s.receive(ByteBuffer.allocate(1)));
    }

    @Test
    void aReceivedFatalAlertClosesWithoutAnswer() {
        TlsConnection s = server(HandshakeListener.NONE);
        TlsAlert alert = assertThrows(TlsAlert.class, () -> s.receive(ByteBuffer.wrap(
                record(Alert.fatal(AlertDescription.HANDSHAKE_FAILURE)))));
        assertEquals(new PeerAlert(AlertDescription.HANDSHAKE_FAILURE), alert.reason());
        assertEquals("RECEIVED_HANDSHAKE_FAILURE", alert.reason().name());
        assertFalse(s.wantsToTransmit());
    }

    @Test
    void anUnknownWarningIsAnErrorAlertAndUserCanceledIsNot() {
        TlsConnection s = server(HandshakeListener.NONE);
        s.receive(ByteBuffer.wrap(record(new Alert(AlertLevel.WARNING,
                AlertDescription.USER_CANCELED))));
        assertTrue(s.failure().isEmpty());
        TlsAlert alert = assertThrows(TlsAlert.class, () -> s.receive(ByteBuffer.wrap(
                record(new Alert(AlertLevel.WARNING, AlertDescription.of(200))))));
        assertEquals(new PeerAlert(AlertDescription.of(200)), alert.reason());
    }

    @Test
    void aListenerThatThrowsIsABugAnsweredWithInternalError() {
        HandshakeListener broken = new HandshakeListener() {
            @Override
            public void applied(Effect effect) {
                throw new IllegalStateException("listener bug");
            }
        };
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = server(broken);
        ByteBuffer hello = ByteBuffer.wrap(Pump.drain(c));
        assertThrows(IllegalStateException.class, () -> s.receive(hello));
        assertEquals(ConnectionFailure.INTERNAL_ERROR, s.failure().orElseThrow().reason());
        assertEquals(Bytes.fromHex("1503030002" + "0250"), Bytes.of(Pump.drain(s)));
    }

    @Test
    void receivedDataWaitsWithinItsBoundAndInputIsLeftUntilItIsRead() {
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = server(HandshakeListener.NONE);
        Pump.run(c, s);
        s.write(ByteBuffer.wrap(new byte[200_000]));
        ByteBuffer wire = ByteBuffer.wrap(Pump.drain(s));
        c.receive(wire);
        assertTrue(wire.hasRemaining(), "input left while the buffer is full");
        assertTrue(c.available() <= ApplicationDataBuffer.CAPACITY);
        int total = 0;
        ByteBuffer sink = ByteBuffer.allocate(1 << 16);
        while (total < 200_000) {
            c.receive(wire);
            sink.clear();
            total += c.read(sink);
        }
        assertEquals(200_000, total);
    }

    @Test
    void dataAfterCloseNotifyIsIgnored() {
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = server(HandshakeListener.NONE);
        Pump.run(c, s);
        s.close();
        s.close();
        ByteBuffer wire = ByteBuffer.wrap(Bytes.of(Pump.drain(s)).concat(Bytes.zeros(50))
                .toByteArray());
        c.receive(wire);
        assertFalse(wire.hasRemaining());
        assertTrue(c.peerClosed());
        assertEquals(-1, c.read(ByteBuffer.allocate(1)));
        assertTrue(s.closed());
    }

    @Test
    void aKeyUpdateRequestAfterOurCloseNotifyIsNotAnswered() {
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = server(HandshakeListener.NONE);
        Pump.run(c, s);
        c.close();
        Pump.move(c, s);
        s.keyUpdate(KeyUpdateRequest.UPDATE_REQUESTED);
        s.write(ByteBuffer.wrap("after".getBytes(StandardCharsets.US_ASCII)));
        Pump.move(s, c);
        assertEquals(0, Pump.drain(c).length, "the client's write side is closed");
        assertEquals(5, c.read(ByteBuffer.allocate(10)), "data under the updated keys is read");
    }

    @Test
    void applicationDataUnderHandshakeKeysBeforeTheClientsFinishedIsUnexpectedMessage() {
        KeyLogs.Collecting keyLog = KeyLogs.collecting();
        TlsConnection c = client(HandshakeListener.NONE);
        TlsConnection s = TlsServer.create(TlsConfig.builder()
                .certifiedKeys(TestPki.server("p256")).supportedGroups(NamedGroup.X25519)
                .clock(TestPki.CLOCK).keyLog(keyLog)
                .random(RandomSources.seeded(new byte[] {1})).build());
        s.receive(ByteBuffer.wrap(Pump.drain(c)));
        Bytes clientHandshakeSecret = keyLog.entries().get(0).secret();
        RecordSealer sealer = TrafficSecret.of(CryptoProviders.defaults(),
                CipherSuiteParameters.of(CipherSuite.TLS_AES_128_GCM_SHA256),
                Secret.of(clientHandshakeSecret.toByteArray())).sealer();
        ByteBuffer record = ByteBuffer.allocate(100);
        sealer.seal(ContentType.APPLICATION_DATA, ByteBuffer.wrap(new byte[] {1, 2, 3}), record);
        record.flip();
        assertReason(ConnectionFailure.APPLICATION_DATA_BEFORE_FINISHED, () -> s.receive(record));
    }

    private static byte[] record(Alert alert) {
        return Bytes.ofUnsigned(21, 3, 3, 0, 2).concat(alert.toBytes()).toByteArray();
    }

    private static TlsConnection client(HandshakeListener listener) {
        return TlsClient.create(TlsConfig.builder().trustAnchors(TestPki.anchors())
                .supportedGroups(NamedGroup.X25519).clock(TestPki.CLOCK).listener(listener)
                .random(RandomSources.seeded(new byte[] {2})).build(), TestPki.SERVER_NAME);
    }

    private static TlsConnection server(HandshakeListener listener) {
        return TlsServer.create(TlsConfig.builder().certifiedKeys(TestPki.server("p256"))
                .supportedGroups(NamedGroup.X25519).clock(TestPki.CLOCK).listener(listener)
                .random(RandomSources.seeded(new byte[] {1})).build());
    }
}
