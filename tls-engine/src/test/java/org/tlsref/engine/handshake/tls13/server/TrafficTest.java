package org.tlsref.engine.handshake.tls13.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.KeyUpdate;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.testing.Conversation;

class TrafficTest {
    @Test
    void aRequestedKeyUpdateIsAnswered() {
        Step step = traffic().handle(Input.Handshake.of(
                new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED)));
        assertEquals(3, step.effects().size());
        assertInstanceOf(Effect.InstallWriteKeys.class, step.effects().get(2));
    }

    @Test
    void aTicketFromTheClientIsUnexpectedMessage() {
        assertReason(HandshakeViolation.UNEXPECTED_POST_HANDSHAKE_MESSAGE,
                () -> traffic().handle(Input.Handshake.of(new NewSessionTicketTls13(1, 2,
                        Bytes.EMPTY, Bytes.ofUnsigned(1), Extensions.EMPTY))));
    }

    private static Traffic traffic() {
        return (Traffic) Conversation.complete(Conversation.client().build(),
                Conversation.server().build()).server();
    }
}
