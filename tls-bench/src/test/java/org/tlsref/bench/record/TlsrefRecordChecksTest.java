package org.tlsref.bench.record;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.provider.Backend;

/** tlsref's record layer passes the harness checks on every backend, suite and payload. No timing. */
class TlsrefRecordChecksTest {
    @ParameterizedTest
    @EnumSource(Suite.class)
    void everyBackendPassesTheChecksAtEveryPayload(Suite suite) {
        for (Backend backend : Backend.values()) {
            for (int payload : new int[] {16384, 1024, 64}) {
                assertDoesNotThrow(() -> TlsrefRecordChecks.check(backend, suite, payload), backend + " " + payload);
            }
        }
    }

    @Test
    void aRestartedOpenerReadsTheRingAgain() {
        TlsrefRecordChannel channel = TlsrefRecordChecks.channel(Backend.JCA, Suite.TLS_AES_128_GCM_SHA256, 64);
        ByteBuffer first = channel.sealKept();
        ByteBuffer second = channel.sealKept();
        ByteBuffer content = channel.open(first).duplicate();
        channel.open(second);
        channel.restartOpener();
        assertEquals(content, channel.open(first));
        assertEquals(2, channel.sealed());
    }
}
