package org.tlsref.engine.handshake.tls13.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.KeyShareHelloRetryRequest;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyShare;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/**
 * The client's answer to a HelloRetryRequest (RFC 8446 §4.1.4): check it, then send the second
 * ClientHello with a key share for the group the server asked for and its cookie.
 */
public final class HelloRetry {
    private HelloRetry() {
    }

    /**
     * Checks {@code retry} against the first ClientHello and builds the second one.
     *
     * @throws TlsAlert for a HelloRetryRequest RFC 8446 §4.1.4 or §4.2.8 forbids
     */
    public static Step respond(OfferedHello first, Received<HelloRetryRequest> retry) {
        HelloRetryRequest hrr = retry.message();
        ServerHelloChecks.check(first, hrr.legacySessionIdEcho(), hrr.cipherSuite(),
                hrr.legacyCompressionMethod(), ExtensionContext.HELLO_RETRY_REQUEST,
                hrr.extensions());
        Optional<NamedGroup> group = hrr.extensions().find(KeyShareHelloRetryRequest.class)
                .map(KeyShareHelloRetryRequest::selectedGroup);
        Optional<Cookie> cookie = hrr.extensions().find(Cookie.class);
        if (group.isEmpty() && cookie.isEmpty()) {
            throw new TlsAlert(HandshakeViolation.HRR_CHANGES_NOTHING,
                    "neither key_share nor cookie");
        }
        List<KeyShare> shares = sharesFor(first, group);

        TlsConfig config = first.config();
        CipherSuiteParameters suite = CipherSuiteParameters.of(hrr.cipherSuite());
        Transcript transcript = Transcript.withMessageHash(config.sources().provider(),
                suite.hash(), first.encoding());
        transcript.add(retry);

        List<Effect> effects = new ArrayList<>();
        DummyChangeCipherSpec changeCipherSpec = first.changeCipherSpec();
        if (changeCipherSpec == DummyChangeCipherSpec.PENDING) {
            effects.add(new Effect.SendChangeCipherSpec());
            changeCipherSpec = DummyChangeCipherSpec.SENT;
        }
        OfferedHello second = ClientHellos.second(first, shares, cookie, changeCipherSpec);
        transcript.add(second.encoding());
        effects.add(new Effect.Send(second.hello(), second.encoding()));
        return new Step(new ExpectServerHelloAfterRetry(second, transcript, hrr.cipherSuite()),
                effects);
    }

    /**
     * The shares of the second ClientHello. RFC 8446 §4.2.8: "clients MUST verify that (1) the
     * selected_group field corresponds to a group which was provided in the "supported_groups"
     * extension in the original ClientHello and (2) the selected_group field does not correspond
     * to a group which was provided in the "key_share" extension in the original ClientHello."
     * Without a group, the shares stay as they were.
     */
    private static List<KeyShare> sharesFor(OfferedHello first, Optional<NamedGroup> group) {
        if (group.isEmpty()) {
            return first.keyShares();
        }
        NamedGroup selected = group.get();
        TlsConfig config = first.config();
        if (!config.negotiation().supportedGroups().contains(selected)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_RETRY_GROUP,
                    selected + " is not in supported_groups");
        }
        if (first.keyShare(selected).isPresent()) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_RETRY_GROUP,
                    "a share for " + selected + " was already sent");
        }
        return List.of(config.sources().provider().keyExchange(selected)
                .generate(config.sources().random()));
    }
}
