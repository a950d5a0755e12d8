package org.tlsref.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.pki.Pem;
import org.tlsref.engine.TlsClient;
import org.tlsref.engine.TlsConnection;
import org.tlsref.engine.TlsServer;
import org.tlsref.engine.config.CertifiedKey;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;

/** The trace listener on real tlsref connections, seen from both sides and from one. */
class HandshakeTraceTest {
    private static CertifiedKey identity(String name) {
        return CertifiedKey.of(Pem.certificates(Vectors.path("pki/" + name + ".pem")),
                Pem.privateKey(Vectors.path("pki/" + name + ".key")));
    }

    private static TlsConfig.Builder server(ClientAuthentication auth) {
        return TlsConfig.builder().certifiedKeys(identity("server-p256"))
                .trustAnchors(Pem.certificates(Vectors.path("pki/root-ca.pem")))
                .clientAuthentication(auth);
    }

    private static TlsConfig.Builder client() {
        return TlsConfig.builder().trustAnchors(Pem.certificates(Vectors.path("pki/root-ca.pem")));
    }

    /** Moves bytes both ways until neither side has anything to send. */
    private static void pump(TlsConnection client, TlsConnection server) {
        for (int round = 0; round < 16; round++) {
            boolean moved = move(client, server) | move(server, client);
            if (!moved) {
                return;
            }
        }
        throw new AssertionError("no quiescence");
    }

    private static boolean move(TlsConnection from, TlsConnection to) {
        ByteBuffer wire = ByteBuffer.allocate(1 << 20);
        from.transmit(wire);
        wire.flip();
        boolean moved = wire.hasRemaining();
        while (wire.hasRemaining()) {
            to.receive(wire);
        }
        return moved;
    }

    private static List<String> titles(Trace trace, StepKind kind) {
        return trace.steps().stream().filter(s -> s.kind() == kind)
                .map(s -> s.actor() + " " + s.title()).collect(Collectors.toList());
    }

    @Test
    void bothEndpointsShowEachMessageOnceWhenSent() {
        Trace trace = new Trace();
        TlsConnection server = TlsServer.create(server(ClientAuthentication.NONE)
                .listener(trace.listener(Side.SERVER, Perspective.BOTH_ENDPOINTS)).build());
        TlsConnection client = TlsClient.create(client()
                .listener(trace.listener(Side.CLIENT, Perspective.BOTH_ENDPOINTS)).build(),
                "localhost");
        pump(client, server);
        assertEquals(List.of("client -> server ClientHello", "server -> client ServerHello",
                "server -> client EncryptedExtensions", "server -> client Certificate",
                "server -> client CertificateVerify", "server -> client Finished",
                "client -> server Finished"), titles(trace, StepKind.MESSAGE));
        List<TraceStep> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).number());
        }
        assertEquals(8, titles(trace, StepKind.KEYS).size(), "four secrets, each installed twice");
        assertEquals(List.of("client client verifies the server's certificate: valid",
                "client client verifies the server's CertificateVerify: valid",
                "client client verifies the server's Finished: valid",
                "server server verifies the client's Finished: valid"),
                titles(trace, StepKind.VERIFIED));
    }

    @Test
    void oneEndpointShowsThePeersMessagesAsTheyArrive() {
        Trace trace = new Trace();
        TlsConnection server = TlsServer.create(server(ClientAuthentication.REQUIRED)
                .listener(trace.listener(Side.SERVER, Perspective.ONE_ENDPOINT)).build());
        TlsConnection client = TlsClient.create(client().certifiedKeys(identity("client-p256"))
                .build(), "localhost");
        pump(client, server);
        assertEquals(List.of("client -> server ClientHello", "server -> client ServerHello",
                "server -> client EncryptedExtensions", "server -> client CertificateRequest",
                "server -> client Certificate", "server -> client CertificateVerify",
                "server -> client Finished", "client -> server Certificate",
                "client -> server CertificateVerify", "client -> server Finished"),
                titles(trace, StepKind.MESSAGE));
        TraceStep verified = trace.steps().stream()
                .filter(s -> s.title().equals("server verifies the client's certificate: valid"))
                .findFirst().orElseThrow();
        assertEquals(Overview.CLIENT_VERIFIED, verified.overview());
        assertEquals("client-p256 <- tlsref Test Intermediate CA <- trust anchor tlsref Test Root CA",
                verified.details().get(0).value());
        assertEquals("client authentication (extendedKeyUsage clientAuth)",
                verified.details().get(2).value());
    }

    @Test
    void aRejectedCertificateIsAnAlertNotAVerification() {
        Trace trace = new Trace();
        TlsConnection server = TlsServer.create(server(ClientAuthentication.NONE).build());
        TlsConnection client = TlsClient.create(client()
                .listener(trace.listener(Side.CLIENT, Perspective.ONE_ENDPOINT)).build(),
                "wrong.example");
        TlsAlert alert = assertThrows(TlsAlert.class, () -> pump(client, server));
        assertTrue(alert.getMessage().contains("HOST_MISMATCH"), alert.getMessage());
        assertEquals(List.of(), titles(trace, StepKind.VERIFIED));
        TraceStep last = trace.steps().get(trace.steps().size() - 1);
        assertEquals(StepKind.ALERT, last.kind());
        assertEquals("client sends fatal alert bad_certificate(0x2a)", last.title());
        assertTrue(last.details().get(0).value().contains("is not for wrong.example"),
                last.details().toString());
    }

    @Test
    void stepsReachTheLiveConsumerInOrder() {
        StringBuilder seen = new StringBuilder();
        Trace trace = new Trace(step -> seen.append(step.number()).append(' '));
        TlsConnection server = TlsServer.create(server(ClientAuthentication.NONE)
                .listener(trace.listener(Side.SERVER, Perspective.BOTH_ENDPOINTS)).build());
        TlsConnection client = TlsClient.create(client()
                .listener(trace.listener(Side.CLIENT, Perspective.BOTH_ENDPOINTS)).build(),
                "localhost");
        pump(client, server);
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= trace.steps().size(); i++) {
            expected.append(i).append(' ');
        }
        assertEquals(expected.toString(), seen.toString());
        assertFalse(trace.steps().isEmpty());
    }
}
