package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.conformance.interop.OpenSslTrace.Direction;
import org.tlsref.conformance.interop.OpenSslTrace.Message;

/**
 * The checks of what an OpenSSL peer saw, from its -brief summary and its trace, once it exited:
 * the same facts tlsref's {@link org.tlsref.engine.handshake.Session} states, seen from the other
 * end (version, suite, group, signature schemes both ways, certificates both ways, alerts).
 */
final class OpenSslView {
    private OpenSslView() {
    }

    /** What s_server (-brief) negotiated with tlsref's client for {@code c}: summary and trace. */
    static void assertServerSide(Case c, OpenSslPeer peer) {
        OpenSslSummary summary = peer.summary();
        String context = c + "\n" + peer.describe();
        assertEquals("TLSv1.3", summary.get("Protocol version"), context);
        assertEquals(c.suite().name().orElseThrow(), summary.get("Ciphersuite"), context);
        if (c.clientAuthenticated()) {
            InteropPki.ClientKey key = c.clientKey().orElseThrow();
            assertTrue(summary.get("Peer certificate").endsWith("CN = " + key.commonName()),
                    context);
            assertEquals(key.openSslSignatureType, summary.get("Signature type"), context);
            assertEquals("OK", summary.get("Verification"), context);
        } else {
            assertFalse(summary.find("Peer certificate").isPresent(), context);
        }
        assertServerTrace(c, peer);
    }

    /** What s_server's trace shows it negotiated with tlsref's client for {@code c}. */
    static void assertServerTrace(Case c, OpenSslPeer peer) {
        OpenSslTrace trace = peer.trace();
        String context = c + "\n" + peer.describe();
        assertHello(c, trace.last(Direction.SENT, "ServerHello"), context);
        assertEquals(c.serverKey().scheme.code(),
                trace.only(Direction.SENT, "CertificateVerify").signatureScheme(),
                "s_server's CertificateVerify scheme; " + context);
        assertEquals(2, trace.only(Direction.SENT, "Certificate").certificateCount(), context);
        if (c.clientAuthenticated()) {
            InteropPki.ClientKey key = c.clientKey().orElseThrow();
            assertEquals(1, trace.all(Direction.SENT, "CertificateRequest").size(), context);
            Message certificate = trace.only(Direction.RECEIVED, "Certificate");
            assertEquals(2, certificate.certificateCount(), "tlsref's client chain; " + context);
            assertTrue(certificate.firstSubject().endsWith("CN = " + key.commonName()), context);
            assertEquals(key.scheme.code(),
                    trace.only(Direction.RECEIVED, "CertificateVerify").signatureScheme(),
                    "tlsref's CertificateVerify scheme; " + context);
        } else {
            assertTrue(trace.all(Direction.SENT, "CertificateRequest").isEmpty(), context);
            assertTrue(trace.all(Direction.RECEIVED, "Certificate").isEmpty(), context);
        }
        assertNoFatalAlert(trace, context);
    }

    /** What s_client (-brief) negotiated with tlsref's server for {@code c}: summary and trace. */
    static void assertClientSide(Case c, OpenSslPeer peer) {
        OpenSslSummary summary = peer.summary();
        String context = c + "\n" + peer.describe();
        assertEquals("TLSv1.3", summary.get("Protocol version"), context);
        assertEquals(c.suite().name().orElseThrow(), summary.get("Ciphersuite"), context);
        assertTrue(summary.get("Server Temp Key").startsWith(temporaryKey(c.group())),
                "s_client's Server Temp Key; " + context);
        assertTrue(summary.get("Peer certificate").endsWith("CN = " + InteropPki.SERVER_NAME),
                context);
        assertEquals(c.serverKey().openSslSignatureType, summary.get("Signature type"), context);
        assertEquals("OK", summary.get("Verification"), context);
        assertEquals(InteropPki.SERVER_NAME, summary.get("Verified peername"), context);
        assertClientTrace(c, peer);
    }

    /** What s_client's trace shows it negotiated with tlsref's server for {@code c}. */
    static void assertClientTrace(Case c, OpenSslPeer peer) {
        OpenSslTrace trace = peer.trace();
        String context = c + "\n" + peer.describe();
        assertHello(c, trace.last(Direction.RECEIVED, "ServerHello"), context);
        assertEquals(c.serverKey().scheme.code(),
                trace.only(Direction.RECEIVED, "CertificateVerify").signatureScheme(),
                "tlsref's CertificateVerify scheme; " + context);
        Message serverCertificate = trace.only(Direction.RECEIVED, "Certificate");
        assertEquals(2, serverCertificate.certificateCount(), "tlsref's server chain; " + context);
        if (c.clientAuthenticated()) {
            InteropPki.ClientKey key = c.clientKey().orElseThrow();
            assertEquals(1, trace.all(Direction.RECEIVED, "CertificateRequest").size(), context);
            Message certificate = trace.only(Direction.SENT, "Certificate");
            assertEquals(2, certificate.certificateCount(), "s_client's chain; " + context);
            assertTrue(certificate.firstSubject().endsWith("CN = " + key.commonName()), context);
            assertEquals(key.scheme.code(),
                    trace.only(Direction.SENT, "CertificateVerify").signatureScheme(),
                    "s_client's CertificateVerify scheme; " + context);
        } else {
            assertTrue(trace.all(Direction.RECEIVED, "CertificateRequest").isEmpty(), context);
            assertTrue(trace.all(Direction.SENT, "Certificate").isEmpty(), context);
        }
        assertNoFatalAlert(trace, context);
    }

    /** The ServerHello selects TLS 1.3, the case's suite and its group; it is no retry. */
    private static void assertHello(Case c, Message serverHello, String context) {
        assertFalse(serverHello.isHelloRetryRequest(), context);
        assertEquals(ProtocolVersion.TLS_1_3.code(), serverHello.selectedVersion(), context);
        assertEquals(c.suite().code(), serverHello.cipherSuite(), context);
        assertEquals(c.group().code(), serverHello.group(), context);
    }

    /** Neither side sent a fatal alert. */
    static void assertNoFatalAlert(OpenSslTrace trace, String context) {
        assertEquals(OptionalInt.empty(), trace.fatalAlert(Direction.SENT), context);
        assertEquals(OptionalInt.empty(), trace.fatalAlert(Direction.RECEIVED), context);
    }

    /** How s_client's "Server Temp Key" starts for {@code group} (OpenSSL 3.0). */
    static String temporaryKey(NamedGroup group) {
        if (group.equals(NamedGroup.X25519)) {
            return "X25519, ";
        } else if (group.equals(NamedGroup.SECP256R1)) {
            return "ECDH, prime256v1, ";
        } else if (group.equals(NamedGroup.SECP384R1)) {
            return "ECDH, secp384r1, ";
        }
        throw new IllegalArgumentException("no OpenSSL temp key name for " + group);
    }
}
