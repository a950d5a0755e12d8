package org.tlsref.engine.handshake.tls13.server;

import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.extension.SupportedVersionsServerHello;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.CompressionMethod;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.TranscriptHash;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Flight;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

/**
 * The server asks for another key share (RFC 8446 §4.1.4, the overview's "incorrect DHE share",
 * RFC 8446 §2.1): "If the server selects an (EC)DHE group and the client did not offer a
 * compatible "key_share" extension in the initial ClientHello, the server MUST respond with a
 * HelloRetryRequest (HRR) message."
 */
final class HelloRetryFlight {
    private HelloRetryFlight() {
    }

    /**
     * Sends a HelloRetryRequest naming the chosen group, with a cookie (RFC 8446 §4.2.2) that the
     * second ClientHello must echo, made by the configured {@code RetryCookies} from the hash of
     * the first ClientHello. The transcript starts over with message_hash (RFC 8446 §4.4.1).
     */
    static Step respond(TlsConfig config, Received<ClientHello> first, Choices choices,
            DummyChangeCipherSpec changeCipherSpec) {
        ClientHello hello = first.message();
        TranscriptHash firstHash = config.sources().provider().hash(choices.suite().hash());
        firstHash.update(first.encoding());
        Cookie cookie =
                new Cookie(config.negotiation().retryCookies().cookie(firstHash.snapshot()));
        HelloRetryRequest retry = new HelloRetryRequest(ProtocolVersion.TLS_1_2,
                hello.legacySessionId(), choices.suite().suite(), CompressionMethod.NULL,
                Extensions.of(new KeyShareHelloRetryRequest(choices.group()), cookie,
                        new SupportedVersionsServerHello(ProtocolVersion.TLS_1_3)));

        Transcript transcript = Transcript.withMessageHash(config.sources().provider(),
                choices.suite().hash(), first.encoding());
        Flight flight = new Flight(transcript);
        flight.send(retry);
        DummyChangeCipherSpec next = changeCipherSpec;
        if (changeCipherSpec == DummyChangeCipherSpec.PENDING) {
            flight.then(new Effect.SendChangeCipherSpec());
            next = DummyChangeCipherSpec.SENT;
        }
        return flight.to(new ExpectSecondClientHello(config, first, cookie, choices, transcript,
                next));
    }
}
