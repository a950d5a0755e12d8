package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Sender;
import org.tlsref.api.testing.VectorRecord;
import org.tlsref.engine.keyschedule.KeyLogs;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.Rfc8448Configs;
import org.tlsref.engine.testing.Rfc8448Trace;

/**
 * RFC 8448 §3, §5, §6 and §7 replayed on the client side: with the trace's randomness and
 * ephemeral keys injected, the client sends every byte of every client record (ClientHellos,
 * change_cipher_spec, Finished, Certificate and CertificateVerify, application data, alert),
 * completes against the server's recorded records, and logs every secret the trace shows.
 * (§6's client signature is the recorded one: the RFC publishes no key for it.)
 */
class Rfc8448ClientReplayTest {
    @ParameterizedTest
    @ValueSource(strings = {"simple-1rtt", "hrr", "client-auth", "compat-mode"})
    void clientReproducesEveryRecordAndSecretOfTheTrace(String name) {
        Rfc8448Trace trace = Rfc8448Trace.load(name);
        KeyLogs.Collecting keyLog = KeyLogs.collecting();
        TlsConnection client = TlsClient.create(Rfc8448Configs.client(trace, keyLog),
                Rfc8448Configs.SERVER_NAME);

        Bytes expected = Bytes.EMPTY;
        Bytes sent = Bytes.EMPTY;
        for (VectorRecord record : trace.records()) {
            if (record.sender() == Sender.CLIENT) {
                expected = expected.concat(trace.record(record.index()));
                if (record.node().get("content").asText().equals("application_data")) {
                    client.write(ByteBuffer.wrap(trace.payload(record.index()).toByteArray()));
                } else if (record.node().get("content").asText().equals("alert")) {
                    client.close();
                }
                sent = sent.concat(Bytes.of(Pump.drain(client)));
                assertTrue(expected.startsWith(sent) || sent.startsWith(expected),
                        "client bytes diverge by record " + record.index());
            } else {
                client.receive(ByteBuffer.wrap(trace.record(record.index()).toByteArray()));
                if (record.node().get("content").asText().equals("application_data")) {
                    ByteBuffer data = ByteBuffer.allocate(1 << 14);
                    client.read(data);
                    assertEquals(trace.payload(record.index()),
                            Bytes.of(data.array(), 0, data.position()));
                }
            }
        }
        assertEquals(expected, sent);
        assertTrue(client.handshakeComplete());
        assertTrue(client.peerClosed());
        assertEquals(trace.keyLog(), logged(keyLog));
    }

    private static Map<String, Bytes> logged(KeyLogs.Collecting keyLog) {
        Map<String, Bytes> lines = new LinkedHashMap<>();
        keyLog.entries().forEach(entry -> lines.put(entry.label(), entry.secret()));
        return lines;
    }
}
