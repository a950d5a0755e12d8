package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.Finished;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.registry.KeyUpdateRequest;

class RequireTest {
    @Test
    void theAwaitedMessageComesBackWithItsExactBytes() {
        Finished finished = new Finished(Bytes.zeros(32));
        Bytes received = finished.encode();
        Received<Finished> r = Require.handshake(new Input.Handshake(finished, received),
                Finished.class);
        assertEquals(finished, r.message());
        assertEquals(received, r.encoding());
    }

    @Test
    void anotherMessageIsUnexpectedMessage() {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> Require.handshake(
                Input.Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED)),
                Finished.class));
        assertEquals(HandshakeViolation.UNEXPECTED_MESSAGE, alert.reason());
    }

    @Test
    void changeCipherSpecWhereAMessageIsAwaitedIsUnexpectedMessage() {
        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> Require.handshake(new Input.ChangeCipherSpec(), Finished.class));
        assertEquals(HandshakeViolation.UNEXPECTED_MESSAGE, alert.reason());
    }

    @Test
    void anApplicationDecisionIsNotAHandshakeMessage() {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> Require.anyHandshake(
                new Input.UpdateKeys(KeyUpdateRequest.UPDATE_REQUESTED), "Finished"));
        assertEquals(HandshakeViolation.UNEXPECTED_MESSAGE, alert.reason());
    }
}
