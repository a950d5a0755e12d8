package org.tlsref.engine.handshake.tls13.server;

import java.util.Optional;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.message.ClientHello;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

/**
 * A TLS 1.3 server answers the first ClientHello (RFC 8446 §4.1.1): with its first flight when
 * the client sent a share for the chosen group, otherwise with a HelloRetryRequest.
 */
public final class AcceptClientHello {
    private AcceptClientHello() {
    }

    /**
     * Checks the ClientHello, makes the server's choices and answers. The server joins the
     * middlebox compatibility mode exactly when the client did, as its non-empty
     * legacy_session_id shows (RFC 8446 §D.4).
     *
     * @throws org.tlsref.api.TlsAlert for a ClientHello TLS 1.3 forbids or one with nothing in
     *     common with the configuration
     */
    public static Step accept(TlsConfig config, Received<ClientHello> clientHello) {
        ClientHello hello = clientHello.message();
        ClientHelloChecks.check(hello);
        Choices choices = ServerChoices.choose(config, hello);
        DummyChangeCipherSpec changeCipherSpec = hello.legacySessionId().isEmpty()
                ? DummyChangeCipherSpec.NOT_USED : DummyChangeCipherSpec.PENDING;
        Optional<KeyShareEntry> share = ServerChoices.share(hello, choices.group());
        if (share.isEmpty()) {
            return HelloRetryFlight.respond(config, clientHello, choices, changeCipherSpec);
        }
        Transcript transcript = Transcript.start(config.sources().provider(),
                choices.suite().hash());
        transcript.add(clientHello);
        return ServerFirstFlight.respond(config, hello, share.get(), choices, transcript,
                changeCipherSpec);
    }
}
