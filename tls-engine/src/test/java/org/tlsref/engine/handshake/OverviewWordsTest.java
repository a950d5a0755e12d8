package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.Finished;

class OverviewWordsTest {
    @Test
    void messagesAreNamedByTheRfcAndTheOverview() {
        assertEquals("Finished (finished: MAC over the whole handshake)",
                OverviewWords.of(new Finished(Bytes.zeros(32))));
        assertEquals("Certificate (no digital certificate)",
                OverviewWords.of(new CertificateTls13(Bytes.EMPTY, List.of())));
    }
}
