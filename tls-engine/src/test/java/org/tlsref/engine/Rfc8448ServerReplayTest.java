package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.testing.Sender;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.VectorRecord;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.provider.CryptoProviders;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.Verified;
import org.tlsref.engine.handshake.tls13.CertificateVerifyContent;
import org.tlsref.engine.keyschedule.KeyLogs;
import org.tlsref.engine.testing.Pump;
import org.tlsref.engine.testing.Rfc8448Configs.ServerSigning;
import org.tlsref.engine.testing.Rfc8448Configs;
import org.tlsref.engine.testing.Rfc8448Trace;

/**
 * RFC 8448 §3, §5, §6 and §7 replayed on the server side, with the trace's server random and
 * ephemeral key injected. With the trace's own CertificateVerify signature, the server sends
 * every byte of every server record up to the NewSessionTicket (tlsref's server sends none yet),
 * completes against the client's recorded records and logs every secret. With the RFC 8448 §2
 * RSA key, everything but the signature (whose RSA-PSS salt the RFC does not give) and what
 * follows from it is the trace's, and the trace's signature verifies over tlsref's transcript.
 */
class Rfc8448ServerReplayTest {
    @ParameterizedTest
    @ValueSource(strings = {"simple-1rtt", "hrr", "client-auth", "compat-mode"})
    void serverReproducesEveryRecordAndSecretAndCompletesAgainstTheClient(String name) {
        Rfc8448Trace trace = Rfc8448Trace.load(name);
        KeyLogs.Collecting keyLog = KeyLogs.collecting();
        TlsConnection server = TlsServer.create(
                Rfc8448Configs.server(trace, keyLog, ServerSigning.RECORDED));

        Bytes expected = Bytes.EMPTY;
        Bytes sent = Bytes.EMPTY;
        boolean ticketSkipped = false;
        for (VectorRecord record : trace.records()) {
            String content = record.node().get("content").asText();
            if (record.sender() == Sender.CLIENT) {
                server.receive(ByteBuffer.wrap(trace.record(record.index()).toByteArray()));
                if (content.equals("application_data")) {
                    ByteBuffer data = ByteBuffer.allocate(1 << 14);
                    server.read(data);
                    assertEquals(trace.payload(record.index()),
                            Bytes.of(data.array(), 0, data.position()));
                }
                continue;
            }
            ticketSkipped |= carriesTicket(trace, record);
            if (content.equals("application_data")) {
                server.write(ByteBuffer.wrap(trace.payload(record.index()).toByteArray()));
            } else if (content.equals("alert")) {
                server.close();
            }
            Bytes output = Bytes.of(Pump.drain(server));
            if (!ticketSkipped) {
                expected = expected.concat(trace.record(record.index()));
                sent = sent.concat(output);
            }
        }
        assertEquals(expected, sent);
        assertTrue(server.handshakeComplete());
        assertTrue(server.peerClosed());
        assertEquals(trace.keyLog(), logged(keyLog));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-1rtt", "hrr", "compat-mode"})
    void withTheRsaKeyOnlyTheSignatureDiffersAndTheTracesSignatureVerifies(String name) {
        Rfc8448Trace trace = Rfc8448Trace.load(name);
        KeyLogs.Collecting keyLog = KeyLogs.collecting();
        List<Effect.Send> sends = new ArrayList<>();
        HandshakeListener listener = new HandshakeListener() {
            @Override
            public void applied(Effect effect) {
                if (effect instanceof Effect.Send send) {
                    sends.add(send);
                }
            }
        };
        TlsConnection server = TlsServer.create(
                Rfc8448Configs.server(trace, keyLog, ServerSigning.RSA_KEY, listener));
        for (VectorRecord record : trace.records()) {
            if (record.sender() == Sender.CLIENT && record.node().get("messages").size() > 0
                    && trace.messages().get(record.node().get("messages").get(0).intValue())
                            .label().equals("ClientHello")) {
                server.receive(ByteBuffer.wrap(trace.record(record.index()).toByteArray()));
            }
        }

        List<VectorMessage> serverMessages = trace.messages().stream()
                .filter(m -> m.sender() == Sender.SERVER && !m.label().equals("NewSessionTicket"))
                .toList();
        assertEquals(serverMessages.size(), sends.size());
        for (int i = 0; i < sends.size(); i++) {
            VectorMessage recorded = serverMessages.get(i);
            HandshakeMessage ours = sends.get(i).message();
            if (ours instanceof CertificateVerify verify) {
                verifyBoth(trace, verify, recorded, transcriptThrough(trace, recorded.index()));
            } else if (recorded.label().equals("Finished")) {
                assertNotEquals(recorded.bytes(), sends.get(i).encoding());
            } else {
                assertEquals(recorded.bytes(), sends.get(i).encoding(), recorded.label());
            }
        }
        assertEquals(trace.keyLog().get("CLIENT_HANDSHAKE_TRAFFIC_SECRET"),
                keyLog.entries().get(0).secret());
        assertEquals(trace.keyLog().get("SERVER_HANDSHAKE_TRAFFIC_SECRET"),
                keyLog.entries().get(1).secret());
    }

    /** Both signatures, the trace's and tlsref's, verify over the same content. */
    private static void verifyBoth(Rfc8448Trace trace, CertificateVerify ours,
            VectorMessage recorded, Bytes transcriptHash) {
        var leaf = trace.chain(Sender.SERVER).get(0).getPublicKey();
        Bytes content = CertificateVerifyContent.SERVER.over(transcriptHash);
        CertificateVerify theirs = trace.certificateVerify(Sender.SERVER);
        assertEquals(theirs.algorithm(), ours.algorithm());
        Verified.signature(CryptoProviders.defaults(), theirs.algorithm(), leaf, content,
                theirs.signature());
        Verified.signature(CryptoProviders.defaults(), ours.algorithm(), leaf, content,
                ours.signature());
        assertNotEquals(theirs.signature(), ours.signature());
        assertEquals(recorded.label(), "CertificateVerify");
    }

    /**
     * Transcript-Hash of the trace's messages before {@code index}, the first ClientHello replaced
     * by message_hash after a HelloRetryRequest (RFC 8446 §4.4.1).
     */
    private static Bytes transcriptThrough(Rfc8448Trace trace, int index) {
        List<VectorMessage> messages = trace.messages();
        boolean retried = trace.fields(1).get("is_hello_retry_request").asBoolean();
        Transcript transcript = retried
                ? Transcript.withMessageHash(CryptoProviders.defaults(),
                        HashAlgorithm.SHA256, messages.get(0).bytes())
                : Transcript.start(CryptoProviders.defaults(),
                        HashAlgorithm.SHA256);
        for (int i = retried ? 1 : 0; i < index; i++) {
            transcript.add(messages.get(i).bytes());
        }
        return transcript.hash();
    }

    private static boolean carriesTicket(Rfc8448Trace trace, VectorRecord record) {
        for (var index : record.node().get("messages")) {
            if (trace.messages().get(index.intValue()).label().equals("NewSessionTicket")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Bytes> logged(KeyLogs.Collecting keyLog) {
        Map<String, Bytes> lines = new LinkedHashMap<>();
        keyLog.entries().forEach(entry -> lines.put(entry.label(), entry.secret()));
        return lines;
    }
}
