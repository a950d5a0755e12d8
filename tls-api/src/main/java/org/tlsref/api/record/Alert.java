package org.tlsref.api.record;

import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.AlertLevel;

/**
 * An alert message (RFC 8446 §6, RFC 5246 §7.2). Level and description are open registries, so
 * unknown values survive a decode; RFC 8446 §6: "Unknown Alert types MUST be treated as error
 * alerts", which is the engine's reading, not the codec's.
 * <pre>
 * struct {
 *     AlertLevel level;
 *     AlertDescription description;
 * } Alert;
 * </pre>
 */
public record Alert(AlertLevel level, AlertDescription description) {
    /** Bytes in an encoded alert. */
    public static final int LENGTH = 2;

    /** RFC 9846 §6.1: close_notify "MUST be sent with AlertLevel=warning". */
    public static final Alert CLOSE_NOTIFY = new Alert(AlertLevel.WARNING, AlertDescription.CLOSE_NOTIFY);

    /**
     * An error alert, as sent for a {@link TlsAlert}. RFC 8446 §6: "All the alerts listed in
     * Section 6.2 MUST be sent with AlertLevel=fatal".
     */
    public static Alert fatal(AlertDescription description) {
        return new Alert(AlertLevel.FATAL, description);
    }

    /** Writes level and description. */
    public void encode(TlsWriter w) {
        w.u8(level.code()).u8(description.code());
    }

    /** The encoded alert, an alert record's whole fragment. */
    public Bytes toBytes() {
        return TlsWriter.encode(this::encode);
    }

    /** Reads one alert from {@code r}; bytes after it stay in {@code r}. */
    public static Alert decode(TlsReader r) {
        AlertLevel level = AlertLevel.of(r.u8());
        return new Alert(level, AlertDescription.of(r.u8()));
    }

    /**
     * Reads the fragment of an alert record, which holds exactly one alert. RFC 8446 §5.1: "a
     * record with an Alert type MUST contain exactly one message"; fewer or more than two bytes
     * cannot be parsed and are decode_error (RFC 8446 §6).
     */
    public static Alert decodeRecord(Bytes fragment) {
        TlsReader r = fragment.reader().named("alert record");
        Alert alert = decode(r);
        r.expectEnd();
        return alert;
    }
}
