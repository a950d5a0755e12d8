package org.tlsref.bench.jsse;

import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.conscrypt.Conscrypt;
import org.tlsref.bench.Suite;
import org.tlsref.bench.aead.RecordFrame;
import org.tlsref.bench.pki.TestPki;

/**
 * What a JSSE stack must get right before it may post a number. After a handshake: both ends
 * agree on TLS 1.3 and on the suite asked for, the client saw the server's certificate and, with
 * client authentication, the server saw the client's; Conscrypt reports X25519. For records:
 * a payload wraps into TLS 1.3 records (header, data, content type, bounded padding, tag) that
 * carry the payload, whose body is not the plaintext, and that unwrap intact in both
 * directions; a record with one flipped bit is refused. Each check throws {@link IllegalStateException} naming the failure.
 */
public final class JsseChecks {
    /** More padding per record than any stack measured here adds (SunJSSE adds 16 or 32 bytes). */
    private static final int MAX_PADDING_PER_RECORD = 256;

    private JsseChecks() {
    }

    /** Checks a completed handshake of {@code pair}. */
    public static void handshake(EnginePair pair, Optional<Suite> suite, ClientAuth clientAuth) throws SSLException {
        SSLSession client = pair.client().getSession();
        SSLSession server = pair.server().getSession();
        String what = describe(pair);
        require("TLSv1.3".equals(client.getProtocol()) && "TLSv1.3".equals(server.getProtocol()),
                what + ": negotiated " + client.getProtocol() + " / " + server.getProtocol() + ", not TLSv1.3");
        require(client.getCipherSuite().equals(server.getCipherSuite()),
                what + ": the ends disagree on the suite: " + client.getCipherSuite() + " / " + server.getCipherSuite());
        suite.ifPresent(s -> require(s.jsseName().equals(client.getCipherSuite()),
                what + ": negotiated " + client.getCipherSuite() + ", not " + s.jsseName()));
        require(leafIs(client, TestPki.SERVER), what + ": the client did not see the server's certificate");
        if (clientAuth == ClientAuth.REQUIRED) {
            require(leafIs(server, TestPki.CLIENT),
                    what + ": the server did not see the client's certificate");
        }
        for (SSLEngine engine : new SSLEngine[] {pair.client(), pair.server()}) {
            if (Conscrypt.isConscrypt(engine)) {
                require("X25519".equals(Conscrypt.getGroupName(engine)),
                        what + ": Conscrypt negotiated " + Conscrypt.getGroupName(engine) + ", not X25519");
            }
        }
    }

    /**
     * Checks records of {@code payload} on a handshaken {@code pair}, in both directions: the
     * client's records are TLS 1.3 application_data records whose plaintext holds the payload,
     * a content type each and at most a little padding (RFC 8446 §5.4; SunJSSE pads), the first
     * one's body is not the plaintext, and both ends read what was sent.
     */
    public static void records(EnginePair pair, Suite suite, byte[] payload) throws SSLException {
        String what = describe(pair) + " " + suite + " " + payload.length + " bytes";
        byte[] records = pair.wrapOnly(ByteBuffer.wrap(payload));
        int inner = 0;
        int count = 0;
        for (int at = 0; at < records.length; count++) {
            require(records.length - at >= RecordFrame.HEADER_LENGTH && records[at] == RecordFrame.APPLICATION_DATA
                    && records[at + 1] == 3 && records[at + 2] == 3,
                    what + ": not a TLS 1.3 application_data record header at byte " + at);
            int length = ((records[at + 3] & 0xff) << 8) | (records[at + 4] & 0xff);
            inner += length - suite.aead().tagLength();
            at += RecordFrame.HEADER_LENGTH + length;
            require(at <= records.length, what + ": a record runs past the end");
        }
        int padding = inner - count - payload.length;
        require(padding >= 0 && padding <= MAX_PADDING_PER_RECORD * count,
                what + ": " + count + " records of " + inner + " plaintext bytes cannot carry " + payload.length);
        int compared = Math.min(payload.length, records.length - RecordFrame.HEADER_LENGTH);
        require(!Arrays.equals(Arrays.copyOfRange(records, RecordFrame.HEADER_LENGTH, RecordFrame.HEADER_LENGTH + compared),
                Arrays.copyOf(payload, compared)), what + ": the record body is the plaintext");
        ByteBuffer received = ByteBuffer.allocate(pair.server().getSession().getApplicationBufferSize() + payload.length);
        pair.unwrapPending(received, payload.length);
        require(received.flip().equals(ByteBuffer.wrap(payload)), what + ": the server read something else");
        received.clear();
        pair.reply(ByteBuffer.wrap(payload), received);
        require(received.flip().equals(ByteBuffer.wrap(payload)), what + ": the client read something else");
    }

    /** Checks that the server refuses a record with one flipped bit; {@code pair} is spent afterwards. */
    public static void tamperedRecordRefused(EnginePair pair, byte[] payload) {
        String what = describe(pair);
        try {
            byte[] record = pair.wrapOnly(ByteBuffer.wrap(payload));
            pair.corruptPending(RecordFrame.HEADER_LENGTH);
            pair.unwrapPending(ByteBuffer.allocate(pair.server().getSession().getApplicationBufferSize() + payload.length),
                    payload.length);
        } catch (SSLException | IllegalStateException refused) {
            return;
        }
        throw new IllegalStateException(what + ": a record with a flipped tag bit was accepted");
    }

    private static boolean leafIs(SSLSession session, TestPki.Identity identity) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0].equals(identity.leaf());
        } catch (SSLPeerUnverifiedException none) {
            return false;
        }
    }

    private static String describe(EnginePair pair) {
        return pair.client().getClass().getSimpleName() + " -> " + pair.server().getClass().getSimpleName();
    }

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
