package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.tlsref.api.AlertReason;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.AlertDescription;

/** Asserts that code fails with a given reason and, through it, a given alert. */
public final class Alerts {
    private Alerts() {
    }

    /** Runs {@code code}, expecting a {@link TlsAlert} for {@code reason} sending {@code description}. */
    public static TlsAlert assertFails(AlertReason reason, AlertDescription description, Executable code) {
        TlsAlert alert = assertThrows(TlsAlert.class, code);
        assertEquals(reason, alert.reason(), alert.getMessage());
        assertEquals(description, alert.description());
        return alert;
    }
}
