package org.tlsref.engine.handshake.tls13.client;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.HelloRetryRequest;
import org.tlsref.api.message.ServerHello;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Received;
import org.tlsref.engine.handshake.Require;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.handshake.Transcript;

/**
 * Client, TLS 1.3: the second ClientHello is sent after a HelloRetryRequest; waiting for the
 * ServerHello (RFC 8446 §4.1.4).
 *
 * @param offered the second ClientHello
 * @param transcript message_hash, HelloRetryRequest, second ClientHello (RFC 8446 §4.4.1)
 * @param retrySuite the cipher suite the HelloRetryRequest named
 */
public record ExpectServerHelloAfterRetry(OfferedHello offered, Transcript transcript,
        CipherSuite retrySuite) implements Tls13ClientState {

    /** Rejects nulls. */
    public ExpectServerHelloAfterRetry {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(retrySuite, "retrySuite");
    }

    /**
     * RFC 8446 §4.1.4: "If a client receives a second HelloRetryRequest in the same connection
     * (i.e., where the ClientHello was itself in response to a HelloRetryRequest), it MUST abort
     * the handshake with an "unexpected_message" alert."
     */
    @Override
    public Step handle(Input input) {
        Received<HandshakeMessage> received = Require.anyHandshake(input, "ServerHello");
        if (received.message() instanceof HelloRetryRequest) {
            throw new TlsAlert(HandshakeViolation.SECOND_HELLO_RETRY_REQUEST,
                    "a second HelloRetryRequest");
        }
        Received<ServerHello> serverHello = Require.handshake(input, ServerHello.class);
        return AcceptServerHello.afterRetry(offered, serverHello, transcript, retrySuite);
    }

    @Override
    public String description() {
        return "client: second ClientHello sent, waiting for the ServerHello";
    }
}
