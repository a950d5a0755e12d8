package org.tlsref.engine.handshake.tls13.client;

import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.extension.KeyShareServerHello;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.HandshakeKeys;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/**
 * A client accepts a TLS 1.3 ServerHello (RFC 8446 §4.1.3): checks it against what was offered
 * (and asked for by a HelloRetryRequest), completes the key exchange, and switches both
 * directions to the handshake traffic keys.
 */
public final class AcceptServerHello {
    private AcceptServerHello() {
    }

    /** A ServerHello answering the first ClientHello. */
    public static Step first(OfferedHello offered, Received<ServerHello> serverHello) {
        ServerHello sh = serverHello.message();
        check(offered, sh);
        CipherSuiteParameters suite = CipherSuiteParameters.of(sh.cipherSuite());
        Transcript transcript = Transcript.start(offered.config().sources().provider(),
                suite.hash());
        transcript.add(offered.encoding());
        return accept(offered, serverHello, suite, transcript);
    }

    /**
     * A ServerHello after a HelloRetryRequest. RFC 8446 §4.1.4: "clients MUST check that the
     * cipher suite supplied in the ServerHello is the same as that in the HelloRetryRequest".
     * RFC 8446 §4.2.8: "the client MUST verify that the selected NamedGroup in the ServerHello is
     * the same as that in the HelloRetryRequest": the second ClientHello holds one share, of that
     * group, and the share check of {@link #accept} admits no other.
     */
    static Step afterRetry(OfferedHello offered, Received<ServerHello> serverHello,
            Transcript transcript, CipherSuite retrySuite) {
        ServerHello sh = serverHello.message();
        check(offered, sh);
        if (!sh.cipherSuite().equals(retrySuite)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_CIPHER_SUITE, sh.cipherSuite()
                    + " differs from the HelloRetryRequest's " + retrySuite);
        }
        return accept(offered, serverHello, CipherSuiteParameters.of(sh.cipherSuite()),
                transcript);
    }

    private static void check(OfferedHello offered, ServerHello sh) {
        ServerHelloChecks.check(offered, sh.legacySessionIdEcho(), sh.cipherSuite(),
                sh.legacyCompressionMethod(), ExtensionContext.SERVER_HELLO, sh.extensions());
    }

    /**
     * The key exchange and the handshake secrets. RFC 8446 §4.2.8: the server's share "MUST be
     * in the same group as the KeyShareEntry value offered by the client that the server has
     * selected".
     */
    private static Step accept(OfferedHello offered, Received<ServerHello> serverHello,
            CipherSuiteParameters suite, Transcript transcript) {
        KeyShareEntry serverShare = serverShare(serverHello.message());
        KeyShare ours = offered.keyShare(serverShare.group()).orElseThrow(() -> new TlsAlert(
                HandshakeViolation.ILLEGAL_KEY_SHARE_GROUP,
                "the server's share is for " + serverShare.group() + ", which had no share"));
        Secret shared = ours.agree(serverShare.keyExchange());
        transcript.add(serverHello);

        TlsConfig config = offered.config();
        HandshakeKeys keys = HandshakeKeys.derive(config.sources().provider(), suite, shared,
                transcript.hash());
        ClientHandshake hs = new ClientHandshake(offered, suite, serverShare.group(), transcript,
                keys);
        Step step = Step.to(new ExpectEncryptedExtensions(hs));
        for (Effect log : keys.logLines(offered.clientRandom())) {
            step = step.then(log);
        }
        // RFC 8446 §2: from here on both directions are {protected} with handshake keys; the
        // client's next record (its Finished, or an alert) is sealed with its own.
        return step.then(new Effect.InstallReadKeys(keys.server(), "server handshake traffic"))
                .then(new Effect.InstallWriteKeys(keys.client(), "client handshake traffic"));
    }

    /**
     * The server's key share. RFC 8446 §9.2: a full handshake without PSK needs key_share; its
     * absence is missing_extension.
     */
    private static KeyShareEntry serverShare(ServerHello sh) {
        return sh.extensions().find(KeyShareServerHello.class)
                .map(KeyShareServerHello::serverShare)
                .orElseThrow(() -> new TlsAlert(HandshakeViolation.MISSING_EXTENSION,
                        "ServerHello without key_share"));
    }
}
