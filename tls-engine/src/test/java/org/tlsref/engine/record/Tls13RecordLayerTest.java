package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.engine.record.Alerts.assertFails;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.Alert;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.Aead;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.engine.record.Rfc8448Records.TraceRecord;

class Tls13RecordLayerTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Bytes CLIENT_HELLO = Bytes.fromHex("0100000403030000");
    private static final Bytes SERVER_HELLO = Bytes.fromHex("0200000403030000");
    private static final Bytes FINISHED = Bytes.fromHex("1400000401020304");
    private static final Bytes CCS = Bytes.fromHex("140303000101");

    static Stream<Arguments> tracesOnBothBackends() {
        List<Arguments> arguments = new ArrayList<>();
        for (String file : Rfc8448Records.traceFiles()) {
            for (Backend backend : Backend.values()) {
                arguments.add(Arguments.of(file, backend));
            }
        }
        return arguments.stream();
    }

    /**
     * Client and server layers replay a whole trace: each record the trace shows is written by its
     * sender's layer to exactly the trace's bytes, and the peer's layer delivers from those bytes
     * exactly the trace's handshake messages, application data and alerts, dropping the
     * compatibility change_cipher_spec. Keys change where the trace's records change keys.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("tracesOnBothBackends")
    void replaysEveryRfc8448TraceByteForByteInBothDirections(String file, Backend backend) {
        CryptoProvider provider = backend.provider();
        JsonNode trace = Vectors.json(file);
        Map<String, Tls13RecordLayer> layers = Map.of("client", new Tls13RecordLayer(), "server", new Tls13RecordLayer());
        Map<String, String> writeKeys = new HashMap<>();
        Map<String, String> readKeys = new HashMap<>();
        for (TraceRecord record : Rfc8448Records.of(file)) {
            String receiver = record.sender().equals("client") ? "server" : "client";
            Tls13RecordLayer sending = layers.get(record.sender());
            Tls13RecordLayer receiving = layers.get(receiver);
            if (record.isProtected() && !record.keys().equals(writeKeys.get(record.sender()))) {
                sending.installWriteKeys(RecordSealer.create(provider.aead(Rfc8448Records.AEAD, record.key()), record.iv()));
                writeKeys.put(record.sender(), record.keys());
            }
            if (record.isProtected() && !record.keys().equals(readKeys.get(receiver))) {
                receiving.installReadKeys(RecordOpener.create(provider.aead(Rfc8448Records.AEAD, record.key()), record.iv()));
                readKeys.put(receiver, record.keys());
            }
            write(sending, record);
            ByteBuffer wire = ByteBuffer.allocate(1 << 15);
            sending.transmit(wire);
            assertFalse(sending.hasPendingOutput());
            wire.flip();
            assertEquals(record.wire(), Bytes.of(wire.array(), 0, wire.limit()), record.toString());
            assertEquals(expectedDeliveries(trace, record), receiveAll(receiving, wire), record.toString());
            assertFalse(wire.hasRemaining());
        }
    }

    @Test
    void dropsTheCompatibilityChangeCipherSpecAfterTheClientHelloWasSentEvenUnderReadKeys() {
        Tls13RecordLayer client = new Tls13RecordLayer();
        client.writeInitialClientHello(CLIENT_HELLO);
        assertEquals(List.of("handshake " + SERVER_HELLO.toHex()),
                receiveAll(client, buffer(CCS.concat(plaintext(22, SERVER_HELLO)).concat(CCS))));
        Keys keys = Keys.random(1);
        client.installReadKeys(keys.opener());
        Bytes protectedRecord = keys.seal(22, FINISHED);
        assertEquals(List.of("handshake " + FINISHED.toHex()), receiveAll(client, buffer(CCS.concat(protectedRecord))));
    }

    @Test
    void aChangeCipherSpecBeforeAnyClientHelloIsUnexpectedMessage() {
        assertFails(RecordFailure.CHANGE_CIPHER_SPEC_OUT_OF_HANDSHAKE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new Tls13RecordLayer().receive(buffer(CCS)));
    }

    @Test
    void aServerDropsAChangeCipherSpecOnceItReceivedTheClientHello() {
        Tls13RecordLayer server = new Tls13RecordLayer();
        assertEquals(List.of("handshake " + CLIENT_HELLO.toHex()),
                receiveAll(server, buffer(plaintext(22, CLIENT_HELLO).concat(CCS))));
    }

    @Test
    void aChangeCipherSpecAfterThePeersFinishedIsUnexpectedMessage() {
        Tls13RecordLayer client = new Tls13RecordLayer();
        client.writeInitialClientHello(CLIENT_HELLO);
        receiveAll(client, buffer(plaintext(22, SERVER_HELLO.concat(FINISHED))));
        assertFails(RecordFailure.CHANGE_CIPHER_SPEC_OUT_OF_HANDSHAKE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.receive(buffer(CCS)));
    }

    @Test
    void aChangeCipherSpecOtherThanTheSingleByte01IsUnexpectedMessage() {
        for (Bytes body : List.of(Bytes.ofUnsigned(2), Bytes.ofUnsigned(1, 1), Bytes.ofUnsigned(0))) {
            Tls13RecordLayer client = new Tls13RecordLayer();
            client.writeInitialClientHello(CLIENT_HELLO);
            assertFails(DecodeFailure.ILLEGAL_CHANGE_CIPHER_SPEC, AlertDescription.UNEXPECTED_MESSAGE,
                    () -> client.receive(buffer(plaintext(20, body))));
        }
    }

    @Test
    void aProtectedChangeCipherSpecIsUnexpectedMessage() {
        Tls13RecordLayer client = new Tls13RecordLayer();
        client.writeInitialClientHello(CLIENT_HELLO);
        Keys keys = Keys.random(2);
        client.installReadKeys(keys.opener());
        assertFails(DecodeFailure.PROTECTED_CHANGE_CIPHER_SPEC, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.receive(buffer(keys.seal(20, Bytes.ofUnsigned(1)))));
    }

    @Test
    void applicationDataBeforeReadKeysIsUnexpectedMessage() {
        assertFails(RecordFailure.UNPROTECTED_APPLICATION_DATA, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new Tls13RecordLayer().receive(buffer(plaintext(23, Bytes.ofUnsigned(1, 2, 3)))));
    }

    @Test
    void anUnprotectedHandshakeOrAlertAfterReadKeysIsUnexpectedMessage() {
        for (Bytes record : List.of(plaintext(22, FINISHED), plaintext(21, Bytes.ofUnsigned(2, 40)))) {
            Tls13RecordLayer layer = new Tls13RecordLayer();
            layer.installReadKeys(Keys.random(3).opener());
            assertFails(RecordFailure.UNPROTECTED_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                    () -> layer.receive(buffer(record)));
        }
    }

    @Test
    void aProtectedRecordThatFailsToOpenIsBadRecordMac() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installReadKeys(Keys.random(4).opener());
        assertFails(CryptoFailure.BAD_RECORD_MAC, AlertDescription.BAD_RECORD_MAC,
                () -> layer.receive(buffer(Keys.random(5).seal(23, Bytes.ofUnsigned(1)))));
    }

    @Test
    void handshakeMessagesSplitAcrossRecordsAndSharingARecordComeOutOneByOne() {
        Bytes messages = CLIENT_HELLO.concat(FINISHED);
        Bytes wire = plaintext(22, messages.slice(0, 3)).concat(plaintext(22, messages.slice(3, 12)))
                .concat(plaintext(22, messages.slice(12, 16)));
        Tls13RecordLayer server = new Tls13RecordLayer();
        assertEquals(List.of("handshake " + CLIENT_HELLO.toHex(), "handshake " + FINISHED.toHex()),
                receiveAll(server, buffer(wire)));
    }

    @Test
    void bytesArrivingOneAtATimeDeliverTheSame() {
        Keys keys = Keys.random(6);
        Bytes wire = plaintext(22, CLIENT_HELLO).concat(keys.seal(23, Bytes.ofUnsigned(9, 8, 7)))
                .concat(keys.seal(21, Bytes.ofUnsigned(1, 0)));
        Tls13RecordLayer server = new Tls13RecordLayer();
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < wire.length(); i++) {
            for (String delivery : receiveAll(server, buffer(wire.slice(i, i + 1)))) {
                delivered.add(delivery);
                if (delivery.startsWith("handshake")) {
                    server.installReadKeys(keys.opener());
                    delivered.add("installed");
                }
            }
        }
        assertEquals(List.of("handshake " + CLIENT_HELLO.toHex(), "installed", "data 090807",
                "alert warning close_notify"), delivered);
    }

    @Test
    void protectedRecordsOfEveryLengthDeliverTheirContentAsTheBuffersGrow() {
        Keys keys = Keys.random(7);
        List<Bytes> contents = new ArrayList<>();
        for (int length : new int[] {3, 600, 1 << 14, 40, (1 << 14) - 1}) {
            byte[] content = new byte[length];
            for (int i = 0; i < length; i++) {
                content[i] = (byte) (i * 31 + length);
            }
            contents.add(Bytes.of(content));
        }
        Bytes wire = contents.stream().map(content -> keys.seal(23, content))
                .reduce(Bytes.zeros(0), Bytes::concat);
        List<String> expected = contents.stream().map(content -> "data " + content.toHex()).toList();

        assertEquals(expected, receiveAll(readerOf(keys), buffer(wire)));
    }

    @Test
    void installingReadKeysWithAHandshakeMessageIncompleteIsUnexpectedMessage() {
        Tls13RecordLayer server = new Tls13RecordLayer();
        receiveAll(server, buffer(plaintext(22, CLIENT_HELLO.slice(0, 5))));
        assertFails(DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> server.installReadKeys(Keys.random(7).opener()));
    }

    @Test
    void installingReadKeysWithUnreadMessagesInTheRecordIsUnexpectedMessage() {
        Tls13RecordLayer client = new Tls13RecordLayer();
        client.writeInitialClientHello(CLIENT_HELLO);
        Received first = client.receive(buffer(plaintext(22, SERVER_HELLO.concat(FINISHED))));
        assertInstanceOf(Received.Handshake.class, first);
        assertFails(DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.installReadKeys(Keys.random(8).opener()));
    }

    @Test
    void anAlertBetweenTheFragmentsOfAHandshakeMessageIsUnexpectedMessage() {
        Tls13RecordLayer server = new Tls13RecordLayer();
        Bytes wire = plaintext(22, CLIENT_HELLO.slice(0, 5)).concat(plaintext(21, Bytes.ofUnsigned(1, 0)));
        assertFails(DecodeFailure.HANDSHAKE_INTERLEAVED, AlertDescription.UNEXPECTED_MESSAGE,
                () -> receiveAll(server, buffer(wire)));
    }

    @Test
    void applicationDataBetweenTheFragmentsOfAHandshakeMessageIsUnexpectedMessage() {
        Keys keys = Keys.random(9);
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installReadKeys(keys.opener());
        Bytes wire = keys.seal(22, FINISHED.slice(0, 2)).concat(keys.seal(23, Bytes.ofUnsigned(5)));
        assertFails(DecodeFailure.HANDSHAKE_INTERLEAVED, AlertDescription.UNEXPECTED_MESSAGE,
                () -> receiveAll(layer, buffer(wire)));
    }

    @Test
    void rejectsRecordHeadersAsTheRecordFramingDoes() {
        assertFails(DecodeFailure.UNEXPECTED_CONTENT_TYPE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new Tls13RecordLayer().receive(buffer(Bytes.fromHex("1803030001ff"))));
        assertFails(DecodeFailure.RECORD_VERSION_NOT_TLS, AlertDescription.PROTOCOL_VERSION,
                () -> new Tls13RecordLayer().receive(buffer(Bytes.fromHex("1602000001ff"))));
        assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new Tls13RecordLayer().receive(buffer(Bytes.fromHex("1603030000"))));
    }

    @Test
    void aPlaintextRecordOver2To14IsRecordOverflowFromItsHeader() {
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> new Tls13RecordLayer().receive(buffer(Bytes.fromHex("1603034001"))));
    }

    @Test
    void aCiphertextOver2To14Plus256IsRecordOverflowFromItsHeader() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installReadKeys(Keys.random(10).opener());
        assertEquals(Received.NeedMoreInput.INSTANCE, layer.receive(buffer(Bytes.fromHex("1703034100"))));
        Tls13RecordLayer other = new Tls13RecordLayer();
        other.installReadKeys(Keys.random(10).opener());
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> other.receive(buffer(Bytes.fromHex("1703034101"))));
    }

    @Test
    void aRecordOverTheAdvertisedRecordSizeLimitIsRecordOverflow() {
        Keys keys = Keys.random(11);
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installReadKeys(keys.opener());
        layer.applyOwnRecordSizeLimit(100);
        assertEquals(List.of("data " + Bytes.zeros(99).toHex()), receiveAll(layer, buffer(keys.seal(23, Bytes.zeros(99)))));
        assertFails(DecodeFailure.RECORD_OVERFLOW, AlertDescription.RECORD_OVERFLOW,
                () -> layer.receive(buffer(keys.seal(23, Bytes.zeros(100)))));
    }

    @Test
    void applicationDataComesAsAReadOnlyViewAndMayBeEmpty() {
        Keys keys = Keys.random(12);
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installReadKeys(keys.opener());
        Received received = layer.receive(buffer(keys.seal(23, Bytes.ofUnsigned(4, 5))));
        ByteBuffer view = assertInstanceOf(Received.ApplicationData.class, received).plaintext();
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 1));
        assertEquals(2, view.remaining());
        Received empty = layer.receive(buffer(keys.seal(23, Bytes.EMPTY)));
        assertEquals(0, assertInstanceOf(Received.ApplicationData.class, empty).plaintext().remaining());
    }

    @Test
    void writesPlaintextBeforeWriteKeysAndSealedRecordsAfter() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.writeInitialClientHello(CLIENT_HELLO);
        layer.writeHandshake(CLIENT_HELLO);
        layer.writeAlert(Alert.CLOSE_NOTIFY);
        layer.writeChangeCipherSpec();
        assertEquals(Bytes.fromHex("160301000801000004030300001603030008010000040303000015030300020100")
                .concat(CCS), drain(layer));
        Keys keys = Keys.random(13);
        layer.installWriteKeys(keys.sealer());
        layer.writeHandshake(FINISHED);
        layer.writeAlert(Alert.CLOSE_NOTIFY);
        layer.writeChangeCipherSpec();
        Bytes wire = drain(layer);
        assertEquals(30 + 24 + 6, wire.length());
        assertEquals(CCS, wire.slice(54, 60));
        assertEquals(List.of("handshake " + FINISHED.toHex(), "alert warning close_notify"),
                receiveAll(readerOf(keys), buffer(wire.slice(0, 54))));
    }

    @Test
    void writesNoApplicationDataWithoutKeysNorAnInitialClientHelloWithThem() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        assertThrows(IllegalStateException.class, () -> layer.writeApplicationData(ByteBuffer.allocate(3)));
        layer.installWriteKeys(Keys.random(14).sealer());
        assertThrows(IllegalStateException.class, () -> layer.writeInitialClientHello(CLIENT_HELLO));
        assertThrows(IllegalArgumentException.class, () -> layer.writeHandshake(Bytes.EMPTY));
        layer.writeApplicationData(ByteBuffer.allocate(0));
        assertFalse(layer.hasPendingOutput());
    }

    @Test
    void fragmentsApplicationDataAt2To14Bytes() {
        Keys keys = Keys.random(15);
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.installWriteKeys(keys.sealer());
        layer.writeApplicationData(ByteBuffer.allocate(40000));
        Bytes wire = drain(layer);
        assertEquals(3 * (5 + 1 + 16) + 40000, wire.length());
        assertEquals(List.of(16384, 16384, 7232), dataLengths(readerOf(keys), wire));
    }

    @Test
    void fragmentsProtectedRecordsToThePeersRecordSizeLimitIncludingTheContentType() {
        Keys keys = Keys.random(16);
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.applyPeerRecordSizeLimit(1000);
        layer.writeHandshake(Bytes.zeros(1500));
        assertEquals(5 + 1500, drain(layer).length(), "unprotected records are not limited (RFC 8449 §4)");
        layer.installWriteKeys(keys.sealer(PaddingPolicy.toMultipleOf(4096)));
        layer.writeApplicationData(ByteBuffer.allocate(2500));
        Bytes wire = drain(layer);
        assertEquals(3 * (5 + 1000 + 16), wire.length(), "padding stops at the limit");
        assertEquals(List.of(999, 999, 502), dataLengths(readerOf(keys), wire));
        assertThrows(IllegalArgumentException.class, () -> layer.applyPeerRecordSizeLimit(63));
    }

    @Test
    void transmitDrainsInOrderIntoSmallBuffers() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        layer.writeHandshake(Bytes.zeros(10000));
        int total = layer.pendingOutput();
        ByteBuffer part = ByteBuffer.allocate(7);
        ByteBuffer all = ByteBuffer.allocate(total);
        while (layer.hasPendingOutput()) {
            part.clear();
            layer.transmit(part);
            part.flip();
            all.put(part);
        }
        assertEquals(plaintext(22, Bytes.zeros(10000)), Bytes.of(all.array()));
    }

    @Test
    void keyUpdateIsDueWhenTheSealerSaysSo() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        assertFalse(layer.keyUpdateDue());
        Keys keys = Keys.random(17);
        layer.installWriteKeys(RecordSealer.create(keys.aead(), keys.iv(), PaddingPolicy.none(),
                new UsageLimit(2, 1)));
        layer.writeApplicationData(ByteBuffer.allocate(1));
        assertTrue(layer.keyUpdateDue());
        layer.writeApplicationData(ByteBuffer.allocate(1));
        assertThrows(IllegalStateException.class, () -> layer.writeApplicationData(ByteBuffer.allocate(1)));
        layer.installWriteKeys(Keys.random(18).sealer());
        assertFalse(layer.keyUpdateDue());
    }

    @Test
    void skipsEarlyDataThatFailsToOpenUntilARecordOpens() {
        Keys early = Keys.random(19);
        Keys handshake = Keys.random(20);
        Tls13RecordLayer server = new Tls13RecordLayer();
        receiveAll(server, buffer(plaintext(22, CLIENT_HELLO)));
        server.skipRejectedEarlyData(1000);
        server.installReadKeys(handshake.opener());
        Bytes wire = early.seal(23, Bytes.zeros(500)).concat(early.seal(22, Bytes.fromHex("05000000")))
                .concat(handshake.seal(22, FINISHED));
        assertEquals(List.of("handshake " + FINISHED.toHex()), receiveAll(server, buffer(wire)));
        assertFalse(server.isSkippingEarlyData());
        assertFails(CryptoFailure.BAD_RECORD_MAC, AlertDescription.BAD_RECORD_MAC,
                () -> server.receive(buffer(early.seal(23, Bytes.zeros(1)))));
    }

    @Test
    void skippingMoreEarlyDataThanItsMaximumIsUnexpectedMessage() {
        Keys early = Keys.random(21);
        Tls13RecordLayer server = new Tls13RecordLayer();
        server.skipRejectedEarlyData(1000);
        server.installReadKeys(Keys.random(22).opener());
        Bytes wire = early.seal(23, Bytes.zeros(600)).concat(early.seal(23, Bytes.zeros(600)));
        assertFails(RecordFailure.TOO_MUCH_EARLY_DATA, AlertDescription.UNEXPECTED_MESSAGE,
                () -> receiveAll(server, buffer(wire)));
    }

    @Test
    void afterAHelloRetryRequestSkipsApplicationDataRecordsUntilTheSecondClientHello() {
        Keys early = Keys.random(23);
        Tls13RecordLayer server = new Tls13RecordLayer();
        receiveAll(server, buffer(plaintext(22, CLIENT_HELLO)));
        server.skipRejectedEarlyData(100);
        Bytes wire = early.seal(23, Bytes.zeros(50)).concat(plaintext(22, CLIENT_HELLO));
        assertEquals(List.of("handshake " + CLIENT_HELLO.toHex()), receiveAll(server, buffer(wire)));
        assertFails(RecordFailure.UNPROTECTED_APPLICATION_DATA, AlertDescription.UNEXPECTED_MESSAGE,
                () -> server.receive(buffer(early.seal(23, Bytes.zeros(1)))));
    }

    @Test
    void refusesANegativeEarlyDataSizeAndALimitBelow64() {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        assertThrows(IllegalArgumentException.class, () -> layer.skipRejectedEarlyData(-1));
        assertThrows(IllegalArgumentException.class, () -> layer.applyOwnRecordSizeLimit(10));
    }

    @Test
    void aHandshakeMessageLongerThanTheConfiguredMaximumIsRefused() {
        Tls13RecordLayer layer = new Tls13RecordLayer(100);
        assertFails(DecodeFailure.MESSAGE_TOO_LARGE, AlertDescription.ILLEGAL_PARAMETER,
                () -> layer.receive(buffer(plaintext(22, Bytes.fromHex("0b000065")))));
    }

    // ---- helpers ----

    /** An AES-128-GCM key and IV fixed by a seed, and the sequence number of its next record. */
    static final class Keys {
        private final Secret key;
        private final Secret iv;
        private long next;

        private Keys(Secret key, Secret iv) {
            this.key = key;
            this.iv = iv;
        }

        static Keys random(int seed) {
            byte[] key = new byte[16];
            byte[] iv = new byte[12];
            Arrays.fill(key, (byte) seed);
            Arrays.fill(iv, (byte) (seed * 7));
            return new Keys(Secret.of(key), Secret.of(iv));
        }

        Aead aead() {
            return PROVIDER.aead(AeadAlgorithm.AES_128_GCM, key);
        }

        Secret iv() {
            return iv;
        }

        RecordOpener opener() {
            return RecordOpener.create(aead(), iv);
        }

        RecordSealer sealer() {
            return RecordSealer.create(aead(), iv);
        }

        RecordSealer sealer(PaddingPolicy padding) {
            return RecordSealer.create(aead(), iv, padding, UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM));
        }

        /** The next record under this key, built by hand, with {@code content} as {@code type}. */
        Bytes seal(int type, Bytes content) {
            return HandSealed.record(aead(), Bytes.of(iv.bytes()), next++, HandSealed.inner(content, type, 0));
        }
    }

    private static Tls13RecordLayer readerOf(Keys keys) {
        Tls13RecordLayer reader = new Tls13RecordLayer();
        reader.installReadKeys(keys.opener());
        return reader;
    }

    private static List<Integer> dataLengths(Tls13RecordLayer reader, Bytes wire) {
        List<Integer> lengths = new ArrayList<>();
        ByteBuffer in = buffer(wire);
        while (true) {
            Received received = reader.receive(in);
            if (received instanceof Received.ApplicationData data) {
                lengths.add(data.plaintext().remaining());
            } else {
                assertInstanceOf(Received.NeedMoreInput.class, received);
                return lengths;
            }
        }
    }

    private static void write(Tls13RecordLayer layer, TraceRecord record) {
        Bytes payload = record.payload();
        switch (record.contentType().code()) {
            case 20 -> layer.writeChangeCipherSpec();
            case 21 -> layer.writeAlert(Alert.decodeRecord(payload));
            case 23 -> layer.writeApplicationData(ByteBuffer.wrap(payload.toByteArray()));
            case 22 -> {
                if (!record.isProtected() && record.legacyRecordVersion() == 0x0301) {
                    layer.writeInitialClientHello(payload);
                } else {
                    layer.writeHandshake(payload);
                }
            }
            default -> throw new AssertionError("unexpected content type in " + record);
        }
    }

    /** What the receiver of {@code record} must deliver: its messages, data or alert. */
    private static List<String> expectedDeliveries(JsonNode trace, TraceRecord record) {
        List<String> expected = new ArrayList<>();
        switch (record.contentType().code()) {
            case 21 -> expected.add(describe(Alert.decodeRecord(record.payload())));
            case 23 -> expected.add("data " + record.payload().toHex());
            case 22 -> record.node().get("messages").forEach(i ->
                    expected.add("handshake " + trace.get("messages").get(i.intValue()).get("hex").asText()));
            default -> { }
        }
        return expected;
    }

    /** Everything {@code layer} delivers from {@code in}, until it needs more input. */
    private static List<String> receiveAll(Tls13RecordLayer layer, ByteBuffer in) {
        List<String> delivered = new ArrayList<>();
        while (true) {
            Received received = layer.receive(in);
            if (received instanceof Received.Handshake handshake) {
                delivered.add("handshake " + handshake.message().encoding().toHex());
            } else if (received instanceof Received.AlertMessage alert) {
                delivered.add(describe(alert.alert()));
            } else if (received instanceof Received.ApplicationData data) {
                byte[] bytes = new byte[data.plaintext().remaining()];
                data.plaintext().get(bytes);
                delivered.add("data " + Bytes.of(bytes).toHex());
            } else {
                assertFalse(in.hasRemaining());
                return delivered;
            }
        }
    }

    private static String describe(Alert alert) {
        return "alert " + alert.level().name().orElse("?") + " " + alert.description().name().orElse("?");
    }

    private static Bytes plaintext(int type, Bytes fragment) {
        return Bytes.ofUnsigned(type, 3, 3, fragment.length() >>> 8, fragment.length() & 0xFF).concat(fragment);
    }

    private static Bytes drain(Tls13RecordLayer layer) {
        ByteBuffer out = ByteBuffer.allocate(layer.pendingOutput());
        layer.transmit(out);
        return Bytes.of(out.array());
    }

    private static ByteBuffer buffer(Bytes bytes) {
        return ByteBuffer.wrap(bytes.toByteArray());
    }
}
