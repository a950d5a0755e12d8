package org.tlsref.engine.handshake.tls13.server;

import java.util.Optional;
import org.tlsref.api.extension.EarlyDataClientHello;
import org.tlsref.api.extension.KeyShareEntry;
import org.tlsref.api.message.ClientHello;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

/**
 * A TLS 1.3 server answers the first ClientHello (RFC 8446 §4.1.1): with its first flight when
 * the client sent a share for the chosen group, otherwise with a HelloRetryRequest.
 */
public final class AcceptClientHello {
    /**
     * How much rejected early data is skipped. tlsref's server accepts no PSK and issues no
     * ticket that allows early data, so early data can only come with a ticket of another
     * server; one record's worth is skipped before the handshake fails.
     */
    static final long REJECTED_EARLY_DATA_LIMIT = 1 << 14;

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
        Step step;
        if (share.isEmpty()) {
            step = HelloRetryFlight.respond(config, clientHello, choices, changeCipherSpec);
        } else {
            Transcript transcript = Transcript.start(config.sources().provider(),
                    choices.suite().hash());
            transcript.add(clientHello);
            step = ServerFirstFlight.respond(config, hello, share.get(), choices, transcript,
                    changeCipherSpec);
        }
        // RFC 8446 §4.2.10: the server ignores the early_data extension (no PSK is accepted)
        // and skips the early data that may follow the ClientHello.
        return hello.extensions().find(EarlyDataClientHello.class).isPresent()
                ? step.then(new Effect.SkipRejectedEarlyData(REJECTED_EARLY_DATA_LIMIT)) : step;
    }
}
