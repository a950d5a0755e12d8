package org.tlsref.engine.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.Finished;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.provider.CryptoProviders;

class FlightTest {
    private static final CryptoProvider PROVIDER = CryptoProviders.defaults();

    @Test
    void sentMessagesGoIntoTheTranscriptAndTheEffectsInOrder() {
        Transcript transcript = Transcript.start(PROVIDER, HashAlgorithm.SHA256);
        Flight flight = new Flight(transcript);
        Finished finished = new Finished(Bytes.zeros(32));
        Bytes encoding = flight.send(finished);
        flight.then(new Effect.SendChangeCipherSpec());

        Transcript expected = Transcript.start(PROVIDER, HashAlgorithm.SHA256);
        expected.add(finished.encode());
        assertEquals(expected.hash(), flight.transcriptHash());
        Step step = flight.to(Closed.INSTANCE);
        assertEquals(new Effect.Send(finished, encoding), step.effects().get(0));
        assertInstanceOf(Effect.SendChangeCipherSpec.class, step.effects().get(1));
    }
}
