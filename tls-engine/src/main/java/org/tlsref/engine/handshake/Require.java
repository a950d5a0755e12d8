package org.tlsref.engine.handshake;

import org.tlsref.api.TlsAlert;
import org.tlsref.api.message.HandshakeMessage;

/**
 * The first line of most {@code handle} methods: the input must be the one handshake message
 * this state waits for, or the handshake ends with unexpected_message. RFC 8446 §4: "A peer which
 * receives a handshake message in an unexpected order MUST abort the handshake with an
 * "unexpected_message" alert."
 */
public final class Require {
    private Require() {
    }

    /**
     * The input as a received message of {@code form}, with its exact bytes.
     *
     * @throws TlsAlert {@link HandshakeViolation#UNEXPECTED_MESSAGE} for any other input
     */
    public static <T extends HandshakeMessage> Received<T> handshake(Input input, Class<T> form) {
        Received<HandshakeMessage> received = anyHandshake(input, form.getSimpleName());
        if (!form.isInstance(received.message())) {
            throw unexpected(received.message().type() + " (" + received.message().getClass()
                    .getSimpleName() + ")", form.getSimpleName());
        }
        return new Received<>(form.cast(received.message()), received.encoding());
    }

    /**
     * The input as a received handshake message of any form, for states where several may come
     * and the caller branches with {@code instanceof}; {@code expected} names them for the
     * error.
     *
     * @throws TlsAlert {@link HandshakeViolation#UNEXPECTED_MESSAGE} for an input that is not a
     *     handshake message
     */
    public static Received<HandshakeMessage> anyHandshake(Input input, String expected) {
        if (!(input instanceof Input.Handshake handshake)) {
            throw unexpected(input.description(), expected);
        }
        return new Received<>(handshake.message(), handshake.encoding());
    }

    /** The failure for {@code seen} arriving where {@code expected} was awaited. */
    public static TlsAlert unexpected(String seen, String expected) {
        return new TlsAlert(HandshakeViolation.UNEXPECTED_MESSAGE,
                seen + " where " + expected + " was expected");
    }
}
