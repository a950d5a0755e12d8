package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

/**
 * The key schedule replays every RFC 8448 trace: from the PSK (§4) or none, the (EC)DHE shared
 * secret and transcript hashes computed from the trace's own messages (with message_hash after the
 * HelloRetryRequest of §5), it derives every secret, key, IV, finished key, verify_data and binder
 * the trace lists, on both crypto backends. A label the trace lists that this test does not
 * derive fails the test, so nothing listed goes unchecked.
 */
class Rfc8448KeyScheduleTest {
    static Stream<Arguments> tracesOnBothBackends() {
        List<Arguments> arguments = new ArrayList<>();
        for (String file : Rfc8448Trace.files()) {
            for (Backend backend : Backend.values()) {
                arguments.add(Arguments.of(file, backend));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("tracesOnBothBackends")
    void derivesEverySecretTheTraceLists(String file, Backend backend) {
        Rfc8448Trace trace = Rfc8448Trace.load(file);
        Map<String, Bytes> derived = derive(trace, backend.provider());
        for (String label : trace.secretLabels()) {
            assertTrue(derived.containsKey(label), trace + ": \"" + label + "\" is not derived");
            assertEquals(trace.secret(label), derived.get(label), trace + ": " + label);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("tracesOnBothBackends")
    void acceptsTheFinishedMessagesOfTheTraceAndRejectsThemUnderTheOtherKey(String file, Backend backend) {
        Rfc8448Trace trace = Rfc8448Trace.load(file);
        CryptoProvider provider = backend.provider();
        Handshake handshake = Handshake.run(trace, provider);
        for (VectorMessage finished : trace.messages()) {
            if (!finished.label().equals("Finished")) {
                continue;
            }
            Bytes hash = trace.transcriptHash(provider, finished.index() - 1);
            boolean byServer = finished.sender().name().equals("SERVER");
            TrafficSecret own = byServer ? handshake.serverHandshake() : handshake.clientHandshake();
            TrafficSecret other = byServer ? handshake.clientHandshake() : handshake.serverHandshake();
            assertDoesNotThrow(() -> FinishedMac.verify(own, hash, finished.body()));
            assertEquals(KeyScheduleFailure.BAD_FINISHED, assertThrows(TlsAlert.class,
                    () -> FinishedMac.verify(other, hash, finished.body())).reason());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("tracesOnBothBackends")
    void theResumedTraceRunsOnThePskTheSimpleTraceIssued(String file, Backend backend) {
        Rfc8448Trace resumed = Rfc8448Trace.load(file);
        if (!resumed.hasInput("psk")) {
            return;
        }
        Rfc8448Trace simple = Rfc8448Trace.load("rfc8448/simple-1rtt.json");
        Map<String, Bytes> first = derive(simple, backend.provider());
        assertEquals(Bytes.of(resumed.inputSecret("psk").bytes()), first.get("resumption secret"));
    }

    /** The values of the trace this test knows how to derive, by the trace's labels. */
    private static Map<String, Bytes> derive(Rfc8448Trace trace, CryptoProvider provider) {
        Map<String, Bytes> out = new LinkedHashMap<>();
        CipherSuiteParameters suite = trace.parameters();
        Hkdf hkdf = provider.hkdf(suite.hash());
        Bytes emptyHash = trace.hash(provider, Bytes.EMPTY);
        EarlySecret early = trace.hasInput("psk")
                ? EarlySecret.of(provider, suite, trace.inputSecret("psk"))
                : EarlySecret.withoutPsk(provider, suite);
        put(out, "early secret", early.secret());
        if (trace.hasInput("psk")) {
            deriveEarly(trace, provider, early, out);
        }
        put(out, "derived secret for handshake",
                HkdfLabel.deriveSecret(hkdf, early.secret(), KeyScheduleLabels.DERIVED, emptyHash));
        Secret shared = trace.secretValue("(EC)DHE shared secret");
        put(out, "(EC)DHE shared secret", shared);
        Handshake handshake = Handshake.run(trace, provider);
        put(out, "handshake secret", handshake.handshakeSecret().secret());
        putTraffic(out, "client handshake", handshake.clientHandshake());
        putTraffic(out, "server handshake", handshake.serverHandshake());
        put(out, "client finished key", handshake.clientHandshake().finishedKey());
        put(out, "server finished key", handshake.serverHandshake().finishedKey());
        out.put("server finished verify_data", FinishedMac.verifyData(handshake.serverHandshake(),
                trace.transcriptHash(provider, trace.transcriptThrough("server", "calculate finished"))));
        out.put("client finished verify_data", FinishedMac.verifyData(handshake.clientHandshake(),
                trace.transcriptHash(provider, trace.transcriptThrough("client", "calculate finished"))));
        put(out, "derived secret for master", HkdfLabel.deriveSecret(hkdf,
                handshake.handshakeSecret().secret(), KeyScheduleLabels.DERIVED, emptyHash));
        deriveMaster(trace, provider, handshake.handshakeSecret().masterSecret(), out);
        return out;
    }

    private static void deriveEarly(Rfc8448Trace trace, CryptoProvider provider, EarlySecret early,
                                    Map<String, Bytes> out) {
        BinderKey binderKey = early.resumptionBinderKey();
        put(out, "binder key", binderKey.secret());
        put(out, "binder finished key", binderKey.finishedKey());
        // The ClientHello up to its binders, as the trace shows it under "construct a ClientHello".
        Bytes partialHello = Vectors.bytes(trace.json().get("messages").get(0).get("rfc_message_hex"));
        Bytes binderHash = trace.hash(provider, partialHello);
        out.put("binder hash", binderHash);
        out.put("binder", binderKey.binder(binderHash));
        Bytes helloHash = trace.transcriptHash(provider,
                trace.transcriptThrough("client", "derive secret \"tls13 c e traffic\""));
        TrafficSecret clientEarly = early.clientEarlyTrafficSecret(helloHash);
        put(out, "client early traffic secret", clientEarly.secret());
        putKeys(out, "client early", clientEarly);
        put(out, "early exporter master secret", early.earlyExporterMasterSecret(helloHash).secret());
    }

    private static void deriveMaster(Rfc8448Trace trace, CryptoProvider provider, MasterSecret master,
                                     Map<String, Bytes> out) {
        put(out, "master secret", master.secret());
        Bytes serverFinishedHash = trace.transcriptHash(provider,
                trace.transcriptThrough("server", "derive secret \"tls13 c ap traffic\""));
        putTraffic(out, "client application", master.clientApplicationTrafficSecret(serverFinishedHash));
        putTraffic(out, "server application", master.serverApplicationTrafficSecret(serverFinishedHash));
        put(out, "exporter master secret", master.exporterMasterSecret(serverFinishedHash).secret());
        ResumptionMasterSecret resumption = master.resumptionMasterSecret(trace.transcriptHash(provider,
                trace.transcriptThrough("client", "derive secret \"tls13 res master\"")));
        put(out, "resumption master secret", resumption.secret());
        for (VectorMessage m : trace.messages()) {
            if (m.label().equals("NewSessionTicket")) {
                Bytes nonce = Vectors.bytes(m.fields().get("ticket_nonce"));
                put(out, "resumption secret", ResumptionPsk.psk(resumption, nonce));
            }
        }
    }

    private static void putTraffic(Map<String, Bytes> out, String name, TrafficSecret secret) {
        put(out, name + " traffic secret", secret.secret());
        putKeys(out, name, secret);
    }

    private static void putKeys(Map<String, Bytes> out, String name, TrafficSecret secret) {
        TrafficKeys keys = secret.keys();
        put(out, name + " key", keys.key());
        put(out, name + " iv", keys.iv());
    }

    private static void put(Map<String, Bytes> out, String label, Secret secret) {
        assertFalse(out.containsKey(label), "derived twice: " + label);
        out.put(label, Bytes.of(secret.bytes()));
    }

    /** The handshake stage of a trace, shared by the tests above. */
    private record Handshake(HandshakeSecret handshakeSecret, TrafficSecret clientHandshake,
                             TrafficSecret serverHandshake) {
        static Handshake run(Rfc8448Trace trace, CryptoProvider provider) {
            CipherSuiteParameters suite = trace.parameters();
            EarlySecret early = trace.hasInput("psk")
                    ? EarlySecret.of(provider, suite, trace.inputSecret("psk"))
                    : EarlySecret.withoutPsk(provider, suite);
            HandshakeSecret handshakeSecret =
                    early.handshakeSecret(trace.secretValue("(EC)DHE shared secret"));
            Bytes helloHash = trace.transcriptHash(provider,
                    trace.transcriptThrough("server", "derive secret \"tls13 c hs traffic\""));
            return new Handshake(handshakeSecret,
                    handshakeSecret.clientHandshakeTrafficSecret(helloHash),
                    handshakeSecret.serverHandshakeTrafficSecret(helloHash));
        }
    }
}
