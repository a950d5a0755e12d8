package org.tlsref.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

/**
 * The record layer delivers what the peer's layer wrote whatever the chunking, padding and
 * record size limit, and answers arbitrary bytes, before or after keys, with deliveries or a
 * {@link TlsAlert}, never another exception.
 *
 * <p>Tries: the round trip runs 1,000 (each try pushes up to 120 KB through two layers, about
 * 1.8 s in all on the shared build cores); the random-input property, which is cheap, 10,000.
 */
class Tls13RecordLayerPropertiesTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Secret KEY = Secret.of(new byte[16]);
    private static final Secret IV = Secret.of(new byte[12]);

    @Property(tries = 1000)
    void applicationDataArrivesIntactWhateverTheChunkingPaddingAndLimit(
            @ForAll @Size(max = 3) List<@Size(max = 40000) byte[]> writes,
            @ForAll @IntRange(min = 64, max = (1 << 14) + 1) int peerLimit,
            @ForAll @IntRange(min = 1, max = 5000) int blockSize,
            @ForAll @IntRange(min = 1, max = 20000) int chunk) {
        Tls13RecordLayer writer = new Tls13RecordLayer();
        writer.applyPeerRecordSizeLimit(peerLimit);
        writer.installWriteKeys(RecordSealer.create(aead(), IV, PaddingPolicy.toMultipleOf(blockSize),
                UsageLimit.forAlgorithm(AeadAlgorithm.AES_128_GCM)));
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (byte[] data : writes) {
            writer.writeApplicationData(ByteBuffer.wrap(data));
            sent.writeBytes(data);
        }
        ByteBuffer wire = ByteBuffer.allocate(writer.pendingOutput());
        writer.transmit(wire);
        wire.flip();
        Tls13RecordLayer reader = new Tls13RecordLayer();
        reader.applyOwnRecordSizeLimit(peerLimit);
        reader.installReadKeys(RecordOpener.create(aead(), IV));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        while (wire.hasRemaining()) {
            ByteBuffer piece = wire.slice(wire.position(), Math.min(chunk, wire.remaining()));
            wire.position(wire.position() + piece.remaining());
            for (Received r = reader.receive(piece); !(r instanceof Received.NeedMoreInput); r = reader.receive(piece)) {
                ByteBuffer data = assertInstanceOf(Received.ApplicationData.class, r).plaintext();
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                received.writeBytes(bytes);
            }
        }
        assertEquals(Bytes.of(sent.toByteArray()), Bytes.of(received.toByteArray()));
    }

    @Property(tries = 10000)
    void arbitraryBytesGetDeliveriesOrATlsAlertOnly(@ForAll @Size(max = 300) byte[] input,
            @ForAll boolean withKeys, @ForAll boolean afterClientHello) {
        Tls13RecordLayer layer = new Tls13RecordLayer();
        if (afterClientHello) {
            layer.writeInitialClientHello(Bytes.fromHex("0100000403030000"));
        }
        if (withKeys) {
            layer.installReadKeys(RecordOpener.create(aead(), IV));
        }
        ByteBuffer in = ByteBuffer.wrap(input);
        try {
            for (int calls = 0; calls <= input.length; calls++) {
                if (layer.receive(in) instanceof Received.NeedMoreInput) {
                    return;
                }
            }
            throw new AssertionError("more deliveries than input bytes");
        } catch (TlsAlert expected) {
            // Allowed: the peer's bytes were wrong.
        }
    }

    private static org.tlsref.crypto.Aead aead() {
        return PROVIDER.aead(AeadAlgorithm.AES_128_GCM, KEY);
    }
}
