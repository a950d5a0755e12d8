package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.tlsref.engine.record.Alerts.assertFails;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.provider.Backend;

class BinderKeyTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/resumed-0rtt.json");
    private static final EarlySecret EARLY = EarlySecret.of(PROVIDER, TRACE.parameters(), TRACE.inputSecret("psk"));
    private static final Bytes BINDER_HASH = TRACE.hash(PROVIDER,
            Vectors.bytes(TRACE.json().get("messages").get(0).get("rfc_message_hex")));

    @Test
    void computesTheBinderTheClientHelloOfRfc8448Section4Carries() {
        Bytes binder = EARLY.resumptionBinderKey().binder(BINDER_HASH);
        assertEquals(TRACE.secret("binder"), binder);
        assertEquals(Vectors.bytes(TRACE.messages().get(0).fields().get("psk_binders").get(0)), binder);
        assertEquals(TRACE.secret("binder finished key"), Bytes.of(EARLY.resumptionBinderKey().finishedKey().bytes()));
    }

    @Test
    void acceptsTheRightBinder() {
        assertDoesNotThrow(() -> EARLY.resumptionBinderKey().verifyBinder(BINDER_HASH, TRACE.secret("binder")));
    }

    @Test
    void aWrongBinderIsDecryptError() {
        byte[] wrong = TRACE.secret("binder").toByteArray();
        wrong[0] ^= (byte) 0x80;
        assertFails(KeyScheduleFailure.BAD_BINDER, AlertDescription.DECRYPT_ERROR,
                () -> EARLY.resumptionBinderKey().verifyBinder(BINDER_HASH, Bytes.of(wrong)));
    }

    @Test
    void theBinderOfAnExternalPskDiffersSoOneKindCannotPassForTheOther() {
        assertNotEquals(TRACE.secret("binder"), EARLY.externalBinderKey().binder(BINDER_HASH));
        assertFails(KeyScheduleFailure.BAD_BINDER, AlertDescription.DECRYPT_ERROR,
                () -> EARLY.externalBinderKey().verifyBinder(BINDER_HASH, TRACE.secret("binder")));
    }

    @Test
    void aBinderOfAnotherLengthIsDecodeError() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE, AlertDescription.DECODE_ERROR,
                () -> EARLY.resumptionBinderKey().verifyBinder(BINDER_HASH, Bytes.zeros(48)));
    }
}
