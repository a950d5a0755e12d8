package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.provider.Backend;

class ResumptionPskTest {
    private static final CryptoProvider PROVIDER = Backend.BOUNCY_CASTLE.provider();
    private static final Rfc8448Trace TRACE = Rfc8448Trace.load("rfc8448/simple-1rtt.json");
    private static final ResumptionMasterSecret RESUMPTION = new ResumptionMasterSecret(
            Tls13Kdf.of(PROVIDER, TRACE.parameters()), TRACE.secretValue("resumption master secret"));

    @Test
    void theTicketOfRfc8448Section3WithNonce0000StandsForThePskOfSection4() {
        Bytes psk = Bytes.of(ResumptionPsk.psk(RESUMPTION, Bytes.fromHex("0000")).bytes());
        assertEquals(TRACE.secret("resumption secret"), psk);
        Rfc8448Trace resumed = Rfc8448Trace.load("rfc8448/resumed-0rtt.json");
        assertEquals(Bytes.of(resumed.inputSecret("psk").bytes()), psk);
    }

    @Test
    void eachNonceGivesAnotherPsk() {
        assertNotEquals(Bytes.of(ResumptionPsk.psk(RESUMPTION, Bytes.fromHex("0000")).bytes()),
                Bytes.of(ResumptionPsk.psk(RESUMPTION, Bytes.fromHex("0001")).bytes()));
        assertNotEquals(Bytes.of(ResumptionPsk.psk(RESUMPTION, Bytes.EMPTY).bytes()),
                Bytes.of(ResumptionPsk.psk(RESUMPTION, Bytes.fromHex("00")).bytes()));
    }

    @Test
    void refusesANonceLongerThan255Bytes() {
        assertThrows(IllegalArgumentException.class, () -> ResumptionPsk.psk(RESUMPTION, Bytes.zeros(256)));
    }
}
