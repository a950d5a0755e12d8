package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.engine.record.Alerts.assertFails;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.provider.Backend;

class FinishedMacTest {
    private static final CryptoProvider PROVIDER = Backend.BOUNCY_CASTLE.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/simple-1rtt.json");
    private static final TrafficSecret SERVER = TrafficSecret.of(PROVIDER, TRACE.parameters(),
            TRACE.secretValue("server handshake traffic secret"));
    private static final Bytes HASH = TRACE.transcriptHash(PROVIDER, 4);

    @Test
    void verifyDataIsTheHmacOfRfc8448Section3() {
        assertEquals(TRACE.secret("server finished verify_data"), FinishedMac.verifyData(SERVER, HASH));
    }

    @Test
    void acceptsTheRightVerifyData() {
        assertDoesNotThrow(() -> FinishedMac.verify(SERVER, HASH, TRACE.secret("server finished verify_data")));
    }

    @Test
    void aWrongVerifyDataIsDecryptError() {
        byte[] wrong = TRACE.secret("server finished verify_data").toByteArray();
        wrong[31] ^= 1;
        assertFails(KeyScheduleFailure.BAD_FINISHED, AlertDescription.DECRYPT_ERROR,
                () -> FinishedMac.verify(SERVER, HASH, Bytes.of(wrong)));
    }

    @Test
    void aVerifyDataOfAnotherLengthIsDecodeError() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, AlertDescription.DECODE_ERROR,
                () -> FinishedMac.verify(SERVER, HASH, TRACE.secret("server finished verify_data").slice(0, 31)));
    }
}
