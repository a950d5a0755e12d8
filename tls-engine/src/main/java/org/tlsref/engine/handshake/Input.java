package org.tlsref.engine.handshake;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.registry.KeyUpdateRequest;

/**
 * What a state is handed: a handshake message from the peer, a change_cipher_spec record from the
 * peer, or a decision of the local application. Each is a value; the state decides, by
 * {@link Require} or {@code instanceof}, whether it is acceptable where it waits.
 */
public sealed interface Input permits Input.Handshake, Input.ChangeCipherSpec, Input.UpdateKeys {

    /** A short description for the annotated trace. */
    String description();

    /**
     * A complete handshake message from the peer with the exact bytes received.
     *
     * @param message the decoded message
     * @param encoding msg_type, length and body exactly as received
     */
    record Handshake(HandshakeMessage message, Bytes encoding) implements Input {
        /** Rejects nulls. */
        public Handshake {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(encoding, "encoding");
        }

        /** A message the local side built, with its strict encoding (tests, replays). */
        public static Handshake of(HandshakeMessage message) {
            return new Handshake(message, message.encode());
        }

        @Override
        public String description() {
            return "received " + OverviewWords.of(message);
        }
    }

    /**
     * A change_cipher_spec record from the peer, for the TLS 1.2 states to come, where it is a
     * message of the protocol (RFC 5246 §7.1). In TLS 1.3 the record layer drops the
     * compatibility record itself (RFC 8446 §5, §D.4), so TLS 1.3 states never receive one.
     */
    record ChangeCipherSpec() implements Input {
        @Override
        public String description() {
            return "received change_cipher_spec";
        }
    }

    /**
     * The application asks to update its sending keys (RFC 8446 §4.6.3), and with
     * {@link KeyUpdateRequest#UPDATE_REQUESTED} the peer's too.
     *
     * @param request whether the peer is asked to update its own sending keys
     */
    record UpdateKeys(KeyUpdateRequest request) implements Input {
        /** Rejects null. */
        public UpdateKeys {
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String description() {
            return "application asks for a key update (" + request + ")";
        }
    }
}
