package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.SignatureAlgorithms;
import org.tlsref.api.message.CertificateRequestTls13;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.testing.Conversation;

class TrafficTest {
    @Test
    void aRequestedKeyUpdateUpdatesBothDirections() {
        Traffic traffic = traffic();
        Step step = traffic.handle(Input.Handshake.of(
                new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED)));
        assertInstanceOf(Effect.InstallReadKeys.class, step.effects().get(0));
        Effect.Send answer = assertInstanceOf(Effect.Send.class, step.effects().get(1));
        assertEquals(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED), answer.message());
        assertInstanceOf(Effect.InstallWriteKeys.class, step.effects().get(2));
        Traffic next = (Traffic) step.next();
        assertEquals(1, next.traffic().readGeneration());
        assertEquals(1, next.traffic().writeGeneration());
    }

    @Test
    void anUnrequestedKeyUpdateUpdatesOnlyTheReadKeys() {
        Step step = traffic().handle(Input.Handshake.of(
                new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED)));
        assertEquals(1, step.effects().size());
        assertInstanceOf(Effect.InstallReadKeys.class, step.effects().get(0));
    }

    @Test
    void theApplicationsKeyUpdateSendsOne() {
        Step step = traffic().handle(new Input.UpdateKeys(KeyUpdateRequest.UPDATE_REQUESTED));
        Effect.Send send = assertInstanceOf(Effect.Send.class, step.effects().get(0));
        assertEquals(new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED), send.message());
        assertInstanceOf(Effect.InstallWriteKeys.class, step.effects().get(1));
    }

    @Test
    void aTicketIsReportedAndChangesNothingElse() {
        Traffic traffic = traffic();
        NewSessionTicketTls13 ticket = new NewSessionTicketTls13(3600, 7, Bytes.ofUnsigned(0),
                Bytes.ofUnsigned(1, 2, 3), Extensions.EMPTY);
        Step step = traffic.handle(Input.Handshake.of(ticket));
        assertEquals(traffic, step.next());
        assertEquals(List.of(new Event.TicketReceived(ticket)), step.effects());
    }

    @Test
    void aPostHandshakeCertificateRequestIsUnexpectedMessage() {
        assertReason(HandshakeViolation.UNEXPECTED_POST_HANDSHAKE_MESSAGE,
                () -> traffic().handle(Input.Handshake.of(new CertificateRequestTls13(
                        Bytes.ofUnsigned(1), Extensions.of(
                                SignatureAlgorithms.of(SignatureScheme.ED25519))))));
    }

    private static Traffic traffic() {
        return (Traffic) Conversation.complete(Conversation.client().build(),
                Conversation.server().build()).client();
    }
}
