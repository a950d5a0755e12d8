package org.tlsref.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.AlertDescription;

class PeerAlertTest {
    @Test
    void itsNameSaysTheAlertWasReceived() {
        assertEquals("RECEIVED_DECRYPT_ERROR", new PeerAlert(AlertDescription.DECRYPT_ERROR).name());
        assertEquals("RECEIVED_ALERT_201", new PeerAlert(AlertDescription.of(201)).name());
    }
}
