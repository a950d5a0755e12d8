package org.tlsref.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.engine.config.ClientAuthentication;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.io.TlsSocket;

/**
 * tlsref's side of every interop case: its configuration for a {@link Case}, and the checks of
 * what it negotiated. The system clock and randomness are used (the test PKI is valid from 2025
 * to 2125): a real peer cannot replay a deterministic handshake anyway.
 */
final class Tlsref {
    private Tlsref() {
    }

    /**
     * A client that offers exactly the case's suite and group (with its key share), trusts the
     * test root, verifies server.tlsref.test, and holds the case's client certificate if any.
     */
    static TlsConfig.Builder client(Case c, Recorder recorder) {
        TlsConfig.Builder builder = TlsConfig.builder()
                .cipherSuites(c.suite())
                .supportedGroups(c.group())
                .keyShareGroups(c.group())
                .trustAnchors(InteropPki.anchors())
                .listener(recorder);
        c.clientKey().ifPresent(key -> builder.certifiedKeys(InteropPki.certifiedKey(key)));
        return builder;
    }

    /**
     * A server that allows exactly the case's suite and group, serves the case's certificate,
     * and requires a client certificate chaining to the test root when the case has one.
     */
    static TlsConfig.Builder server(Case c, Recorder recorder) {
        TlsConfig.Builder builder = TlsConfig.builder()
                .cipherSuites(c.suite())
                .supportedGroups(c.group())
                .certifiedKeys(InteropPki.certifiedKey(c.serverKey()))
                .listener(recorder);
        if (c.clientAuthenticated()) {
            builder.clientAuthentication(ClientAuthentication.REQUIRED)
                    .trustAnchors(InteropPki.anchors());
        }
        return builder;
    }

    /**
     * tlsref's view as a client: TLS 1.3, the case's suite, group and server signature scheme,
     * the server's exact chain, and a CertificateRequest answered with its two-certificate chain
     * exactly when the case authenticates the client.
     */
    static void assertClientView(Case c, Session session, Recorder recorder) {
        String context = c + "; " + recorder.summary();
        assertNegotiated(c, session, context);
        assertEquals(chain(c.serverKey().file), session.peerCertificates(),
                "the server's chain as tlsref validated it; " + context);
        assertEquals(c.clientAuthenticated() ? 1 : 0,
                recorder.received(CertificateRequestTls13.class).size(),
                "CertificateRequests received; " + context);
        assertEquals(c.clientAuthenticated() ? 2 : -1, recorder.certificatesSent(),
                "certificates tlsref sent (-1: no Certificate message); " + context);
    }

    /**
     * tlsref's view as a server: TLS 1.3, the case's suite, group and signature scheme, and the
     * client's exact chain when the case authenticates the client (none otherwise).
     */
    static void assertServerView(Case c, Session session, Recorder recorder) {
        String context = c + "; " + recorder.summary();
        assertNegotiated(c, session, context);
        assertEquals(c.clientKey().map(key -> chain(key.file)).orElse(List.of()),
                session.peerCertificates(), "the client's chain as tlsref validated it; "
                        + context);
        assertEquals(c.clientAuthenticated() ? 1 : 0,
                recorder.sent(CertificateRequestTls13.class).size(),
                "CertificateRequests sent; " + context);
    }

    private static void assertNegotiated(Case c, Session session, String context) {
        assertEquals(ProtocolVersion.TLS_1_3, session.version(), context);
        assertEquals(c.suite(), session.cipherSuite(), context);
        assertEquals(c.group(), session.group(), context);
        assertEquals(c.serverKey().scheme, session.signatureScheme(),
                "the server's CertificateVerify scheme; " + context);
    }

    private static List<X509Certificate> chain(String name) {
        return InteropPki.chain(name);
    }

    /**
     * Sends {@code data} through {@code tls} and reads its echo, {@code chunk} bytes at a time
     * from one thread, so the case does not depend on thread scheduling. (Writing this case with
     * a writer and a reader thread once found TlsSocket's flush writing its shared buffer outside
     * any lock, garbling records when the reader answered a KeyUpdate; flush now serializes
     * senders.)
     */
    static void echoInStep(TlsSocket tls, byte[] data, int chunk) throws IOException {
        for (int at = 0; at < data.length; at += chunk) {
            int length = Math.min(chunk, data.length - at);
            tls.getOutputStream().write(data, at, length);
            byte[] echoed = readExactly(tls.getInputStream(), length);
            if (!java.util.Arrays.equals(data, at, at + length, echoed, 0, length)) {
                throw new AssertionError("the echo of bytes " + at + ".." + (at + length)
                        + " differs");
            }
        }
    }

    /** Reads {@code in} to its end (close_notify), at most {@code limit} bytes. */
    static byte[] readToEnd(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 14];
        for (int count; (count = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, count);
            if (out.size() > limit) {
                throw new AssertionError("more than " + limit + " bytes before close_notify");
            }
        }
        return out.toByteArray();
    }

    /** Reads exactly {@code length} bytes from {@code in}. */
    static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] data = in.readNBytes(length);
        if (data.length != length) {
            throw new AssertionError("the stream ended after " + data.length + " of " + length
                    + " bytes");
        }
        return data;
    }
}
