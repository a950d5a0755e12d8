package org.tlsref.engine.handshake.tls13;

import java.util.List;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationClientHello;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationServerHello;
import org.tlsref.api.extension.Extensions;
import org.tlsref.engine.config.Negotiation;
import org.tlsref.engine.config.NegotiationPreference;
import org.tlsref.engine.handshake.HandshakeViolation;

/**
 * Application-Layer Protocol Negotiation (RFC 7301) in TLS 1.3: the client lists protocols in
 * its ClientHello, the server answers in EncryptedExtensions. A protocol is {@link Bytes}; no
 * protocol is {@link Bytes#EMPTY}, which no protocol name can be (RFC 7301 §3.1: names are
 * {@code opaque ProtocolName<1..2^8-1>}).
 */
public final class ApplicationProtocols {
    private ApplicationProtocols() {
    }

    /**
     * The server's choice (RFC 7301 §3.2): none when either side has no protocols, otherwise the
     * first common one in the order of {@code ours.preference()}.
     *
     * @throws TlsAlert {@link HandshakeViolation#NO_APPLICATION_PROTOCOL} when both sides list
     *     protocols and none is common: "In the event that the server supports no protocols that
     *     the client advertises, then the server SHALL respond with a fatal
     *     "no_application_protocol" alert."
     */
    public static Bytes select(Extensions clientHello, Negotiation ours) {
        Optional<ApplicationLayerProtocolNegotiationClientHello> offer =
                clientHello.find(ApplicationLayerProtocolNegotiationClientHello.class);
        if (offer.isEmpty() || ours.applicationProtocols().isEmpty()) {
            return Bytes.EMPTY;
        }
        List<Bytes> theirs = offer.get().protocolNameList();
        boolean serverOrder = ours.preference() == NegotiationPreference.SERVER_ORDER;
        List<Bytes> first = serverOrder ? ours.applicationProtocols() : theirs;
        List<Bytes> second = serverOrder ? theirs : ours.applicationProtocols();
        for (Bytes protocol : first) {
            if (second.contains(protocol)) {
                return protocol;
            }
        }
        throw new TlsAlert(HandshakeViolation.NO_APPLICATION_PROTOCOL,
                "the client offers " + theirs.size() + " protocols, none of them configured");
    }

    /**
     * The protocol the server's EncryptedExtensions selected, checked against what this client
     * offered (RFC 7301 §3.1), or {@link Bytes#EMPTY} when it selected none.
     *
     * @throws TlsAlert {@link HandshakeViolation#ILLEGAL_APPLICATION_PROTOCOL} for a protocol the
     *     client did not offer
     */
    public static Bytes selected(Extensions encryptedExtensions, Negotiation ours) {
        Optional<ApplicationLayerProtocolNegotiationServerHello> answer =
                encryptedExtensions.find(ApplicationLayerProtocolNegotiationServerHello.class);
        if (answer.isEmpty()) {
            return Bytes.EMPTY;
        }
        Bytes protocol = answer.get().protocolName();
        if (!ours.applicationProtocols().contains(protocol)) {
            throw new TlsAlert(HandshakeViolation.ILLEGAL_APPLICATION_PROTOCOL,
                    "the server selected " + protocol + ", which was not offered");
        }
        return protocol;
    }
}
