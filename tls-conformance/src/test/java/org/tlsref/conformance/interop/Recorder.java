package org.tlsref.conformance.interop;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.record.Alert;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Input;

/**
 * tlsref's own view of a connection beyond its {@link org.tlsref.engine.handshake.Session}: every
 * handshake message it received and sent (HelloRetryRequest, CertificateRequest, its own
 * Certificate, KeyUpdates after the handshake) and every alert both ways. Thread-safe: a
 * connection may be driven from a reader and a writer thread.
 */
final class Recorder implements HandshakeListener {
    private final List<HandshakeMessage> received = new ArrayList<>();
    private final List<HandshakeMessage> sent = new ArrayList<>();
    private final List<Alert> alertsSent = new ArrayList<>();
    private final List<Alert> alertsReceived = new ArrayList<>();

    @Override
    public synchronized void received(Input input) {
        if (input instanceof Input.Handshake handshake) {
            received.add(handshake.message());
        }
    }

    @Override
    public synchronized void applied(Effect effect) {
        if (effect instanceof Effect.Send send) {
            sent.add(send.message());
        }
    }

    @Override
    public synchronized void alertSent(Alert alert, String detail) {
        alertsSent.add(alert);
    }

    @Override
    public synchronized void alertReceived(Alert alert) {
        alertsReceived.add(alert);
    }

    /** The messages of type {@code type} received, in order. */
    synchronized <T extends HandshakeMessage> List<T> received(Class<T> type) {
        return filter(received, type);
    }

    /** The messages of type {@code type} sent, in order. */
    synchronized <T extends HandshakeMessage> List<T> sent(Class<T> type) {
        return filter(sent, type);
    }

    /** The request_update of each KeyUpdate received. */
    synchronized List<KeyUpdateRequest> keyUpdatesReceived() {
        return filter(received, KeyUpdate.class).stream().map(KeyUpdate::requestUpdate).toList();
    }

    /** The request_update of each KeyUpdate sent. */
    synchronized List<KeyUpdateRequest> keyUpdatesSent() {
        return filter(sent, KeyUpdate.class).stream().map(KeyUpdate::requestUpdate).toList();
    }

    /** How many certificates tlsref's own Certificate message carried; -1 when none was sent. */
    synchronized int certificatesSent() {
        List<CertificateTls13> certificates = filter(sent, CertificateTls13.class);
        return certificates.isEmpty() ? -1 : certificates.get(0).certificateList().size();
    }

    /** The descriptions of the alerts sent. */
    synchronized List<AlertDescription> alertsSent() {
        return alertsSent.stream().map(Alert::description).toList();
    }

    /** The descriptions of the alerts received. */
    synchronized List<AlertDescription> alertsReceived() {
        return alertsReceived.stream().map(Alert::description).toList();
    }

    /** One line per message, for failure messages. */
    synchronized String summary() {
        return "tlsref sent " + names(sent) + " and alerts " + alertsSent() + "; received "
                + names(received) + " and alerts " + alertsReceived();
    }

    private static List<String> names(List<HandshakeMessage> messages) {
        return messages.stream().map(m -> m.getClass().getSimpleName()).toList();
    }

    private static <T extends HandshakeMessage> List<T> filter(List<HandshakeMessage> messages,
            Class<T> type) {
        List<T> found = new ArrayList<>();
        for (HandshakeMessage message : messages) {
            if (type.isInstance(message)) {
                found.add(type.cast(message));
            }
        }
        return found;
    }
}
