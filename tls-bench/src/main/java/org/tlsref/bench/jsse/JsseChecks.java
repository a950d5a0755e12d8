package org.tlsref.bench.jsse;

import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import org.conscrypt.Conscrypt;
import org.tlsref.bench.Suite;
import org.tlsref.bench.aead.RecordFrame;
import org.tlsref.bench.pki.TestPki;

/**
 * What a JSSE stack must get right before it may post a number. After a handshake: both ends
 * agree on TLS 1.3 and on the suite asked for, the client saw the server's certificate and, with
 * client authentication, the server saw the client's; Conscrypt reports X25519. For records: a
 * payload wraps into exactly one record of the TLS 1.3 size (header, payload, content type, tag),
 * whose body is not the plaintext, and unwraps intact in both directions; a record with one
 * flipped bit is refused. Each check throws {@link IllegalStateException} naming the failure.
 */
public final class JsseChecks {
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
        require(leafIs(client.getPeerCertificates(), TestPki.SERVER), what + ": the client did not see the server's certificate");
        if (clientAuth == ClientAuth.REQUIRED) {
            require(leafIs(server.getPeerCertificates(), TestPki.CLIENT),
                    what + ": the server did not see the client's certificate");
        }
        for (SSLEngine engine : new SSLEngine[] {pair.client(), pair.server()}) {
            if (Conscrypt.isConscrypt(engine)) {
                require("X25519".equals(Conscrypt.getGroupName(engine)),
                        what + ": Conscrypt negotiated " + Conscrypt.getGroupName(engine) + ", not X25519");
            }
        }
    }

    /** Checks records of {@code payload} on a handshaken {@code pair}, in both directions. */
    public static void records(EnginePair pair, Suite suite, byte[] payload) throws SSLException {
        String what = describe(pair) + " " + suite + " " + payload.length + " bytes";
        byte[] record = pair.wrapOnly(ByteBuffer.wrap(payload));
        int expected = RecordFrame.HEADER_LENGTH + RecordFrame.ciphertextLength(suite.aead(), payload.length);
        require(record.length == expected, what + ": one record of " + expected + " bytes expected, got " + record.length);
        require(record[0] == RecordFrame.APPLICATION_DATA && record[1] == 3 && record[2] == 3,
                what + ": not a TLS 1.3 application_data record header");
        require(!Arrays.equals(Arrays.copyOfRange(record, RecordFrame.HEADER_LENGTH, RecordFrame.HEADER_LENGTH + payload.length),
                payload), what + ": the record body is the plaintext");
        ByteBuffer received = ByteBuffer.allocate(pair.server().getSession().getApplicationBufferSize());
        pair.unwrapPending(received);
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
            pair.corruptPending(record.length - 1);
            pair.unwrapPending(ByteBuffer.allocate(pair.server().getSession().getApplicationBufferSize()));
        } catch (SSLException | IllegalStateException refused) {
            return;
        }
        throw new IllegalStateException(what + ": a record with a flipped tag bit was accepted");
    }

    private static boolean leafIs(Certificate[] chain, TestPki.Identity identity) {
        return chain.length > 0 && chain[0].equals(identity.leaf());
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
