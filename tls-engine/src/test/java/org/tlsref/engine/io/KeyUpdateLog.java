package org.tlsref.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Input;

/**
 * The KeyUpdates (RFC 8446 §4.6.3) one connection sent and received, in order. Thread-safe: an
 * adapter drives its connection from a reader and a writer thread.
 */
final class KeyUpdateLog implements HandshakeListener {
    private final List<KeyUpdateRequest> sent = new ArrayList<>();
    private final List<KeyUpdateRequest> received = new ArrayList<>();

    @Override
    public synchronized void received(Input input) {
        if (input instanceof Input.Handshake handshake
                && handshake.message() instanceof KeyUpdate keyUpdate) {
            received.add(keyUpdate.requestUpdate());
        }
    }

    @Override
    public synchronized void applied(Effect effect) {
        if (effect instanceof Effect.Send send && send.message() instanceof KeyUpdate keyUpdate) {
            sent.add(keyUpdate.requestUpdate());
        }
    }

    /** The request_update of each KeyUpdate sent. */
    synchronized List<KeyUpdateRequest> sent() {
        return List.copyOf(sent);
    }

    /** The request_update of each KeyUpdate received. */
    synchronized List<KeyUpdateRequest> received() {
        return List.copyOf(received);
    }
}
