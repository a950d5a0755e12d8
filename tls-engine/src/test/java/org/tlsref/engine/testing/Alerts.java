package org.tlsref.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.tlsref.api.AlertReason;
import org.tlsref.api.TlsAlert;

/** Assertions on the reason of a failure. */
public final class Alerts {
    private Alerts() {
    }

    /** {@code action} fails with a TlsAlert of exactly {@code reason}. */
    public static TlsAlert assertReason(AlertReason reason, Runnable action) {
        TlsAlert alert = assertThrows(TlsAlert.class, action::run);
        assertEquals(reason, alert.reason(), alert.getMessage());
        return alert;
    }
}
