package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.HandshakeFrame;

/** What one call of {@link Tls13RecordLayer#receive} produced. */
public sealed interface Received
        permits Received.NeedMoreInput, Received.Handshake, Received.AlertMessage,
                Received.ApplicationData {

    /** The input ran out before anything could be delivered; all of it was consumed. */
    record NeedMoreInput() implements Received {
        /** The one value. */
        public static final NeedMoreInput INSTANCE = new NeedMoreInput();
    }

    /**
     * One complete handshake message, with the exact bytes received (what the transcript hashes).
     *
     * @param message the message's type and encoding, header included
     */
    record Handshake(HandshakeFrame message) implements Received {
    }

    /**
     * An alert record's one alert (RFC 8446 §6), known or not; what it means is the connection's
     * reading.
     *
     * @param alert level and description as received
     */
    record AlertMessage(Alert alert) implements Received {
    }

    /**
     * The content of one application_data record (possibly empty: RFC 8446 §5.4 allows
     * zero-length application data).
     *
     * @param plaintext a read-only view of the record layer's own buffer, from its position to its
     *     limit; valid only until the next call of {@code receive}, so copy out what is needed
     */
    record ApplicationData(ByteBuffer plaintext) implements Received {
    }
}
