package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ExtensionType;

/** Round trips, canonical encoding and robustness of every extension form. */
class ExtensionCodecPropertiesTest {
    /** A value and one message it decodes in. */
    record Placed(Extension extension, ExtensionContext context) {
    }

    /** An extension block and the message it belongs to. */
    record PlacedBlock(Extensions extensions, ExtensionContext context) {
    }

    /** Bytes offered to the decoder of one type in one message. */
    record Input(ExtensionType type, ExtensionContext context, Bytes body) {
    }

    @Property(tries = 10000)
    void everyFormDecodesBackToItselfAndReencodesToTheSameBytes(@ForAll("placed") Placed placed) {
        Extension e = placed.extension();
        Bytes wire = ExtensionWire.body(e);
        Extension decoded = ExtensionWire.decode(e.type(), placed.context(), wire);
        assertEquals(e, decoded);
        assertEquals(wire, ExtensionWire.body(decoded));
        Statistics.label("form").collect(e.getClass().getSimpleName());
        Statistics.label("form").coverage(coverage -> {
            ExtensionArbitraries.forms().forEach(f -> coverage.check(f.name()).count(c -> c > 0));
            coverage.check("UnknownExtension").count(c -> c > 0);
        });
    }

    @Property(tries = 10000)
    void blocksForEachMessageRoundTripAndPassTheTable(@ForAll("blocks") PlacedBlock block) {
        Extensions extensions = block.extensions();
        Bytes wire = TlsWriter.encode(extensions::encode);
        TlsReader r = wire.reader();
        Extensions decoded = Extensions.decode(r, block.context());
        r.expectEnd();
        assertEquals(extensions, decoded);
        ExtensionTable.validate(block.context(), decoded);
    }

    @Property(tries = 10000)
    void tls12ServerHelloBlocksPassTheTls12Column(
            @ForAll("tls12ServerHelloBlocks") Extensions extensions) {
        Bytes wire = TlsWriter.encode(extensions::encode);
        Extensions decoded = Extensions.decode(wire.reader(), ExtensionContext.SERVER_HELLO);
        assertEquals(extensions, decoded);
        ExtensionTable.validateTls12ServerHello(decoded);
    }

    @Property(tries = 10000)
    void anyBytesDecodeToACanonicalValueOrATlsAlert(@ForAll("inputs") Input input) {
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("value").count(c -> c > 0);
            coverage.check("alert").count(c -> c > 0);
        });
        Extension decoded;
        try {
            decoded = ExtensionWire.decode(input.type(), input.context(), input.body());
        } catch (TlsAlert alert) {
            Statistics.label("outcome").collect("alert");
            return;
        }
        Statistics.label("outcome").collect("value");
        assertEquals(input.type(), decoded.type());
        assertEquals(input.body(), ExtensionWire.body(decoded), "accepted bytes are canonical");
    }

    @Property(tries = 10000)
    void everyStrictPrefixOfAFramedFormIsDecodeError(@ForAll("placed") Placed placed) {
        Extension e = placed.extension();
        if (e instanceof SessionTicketClientHello || e instanceof Padding
                || e instanceof UnknownExtension) {
            return; // the whole body is the value: every prefix is another valid value
        }
        Bytes wire = ExtensionWire.body(e);
        for (int length = 0; length < wire.length(); length++) {
            Bytes prefix = wire.slice(0, length);
            TlsAlert alert = assertThrows(TlsAlert.class,
                    () -> ExtensionWire.decode(e.type(), placed.context(), prefix));
            assertEquals(AlertDescription.DECODE_ERROR, alert.description());
        }
    }

    @Provide
    Arbitrary<Placed> placed() {
        List<Arbitrary<Placed>> placed = new ArrayList<>();
        for (ExtensionArbitraries.Form form : ExtensionArbitraries.forms()) {
            placed.add(Combinators.combine(form.values(), Arbitraries.of(form.contexts()))
                    .as(Placed::new));
        }
        placed.add(Combinators.combine(ExtensionArbitraries.unknownExtension(),
                Arbitraries.of(ExtensionContext.class)).as(Placed::new));
        return Arbitraries.oneOf(placed);
    }

    @Provide
    Arbitrary<PlacedBlock> blocks() {
        List<Arbitrary<PlacedBlock>> blocks = new ArrayList<>();
        for (ExtensionContext context : ExtensionContext.values()) {
            blocks.add(ExtensionArbitraries.blockFor(context).map(b -> new PlacedBlock(b,
                    context)));
        }
        return Arbitraries.oneOf(blocks);
    }

    @Provide
    Arbitrary<Extensions> tls12ServerHelloBlocks() {
        return ExtensionArbitraries.tls12ServerHelloBlock();
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Input> random = Combinators.combine(
                Arbitraries.of(ExtensionType.known()), Arbitraries.of(ExtensionContext.class),
                ExtensionArbitraries.bytes(0, 48)).as(Input::new);
        Arbitrary<Input> mutated = Combinators.combine(placed(),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 0xFF),
                Arbitraries.integers().between(-3, 3)).as(ExtensionCodecPropertiesTest::mutate);
        return Arbitraries.oneOf(random, mutated);
    }

    /** Sets one byte of a valid encoding, then shortens or lengthens it by up to three bytes. */
    private static Input mutate(Placed placed, int position, int value, int resize) {
        byte[] wire = ExtensionWire.body(placed.extension()).toByteArray();
        if (wire.length > 0) {
            wire[position % wire.length] = (byte) value;
        }
        byte[] resized = Arrays.copyOf(wire, Math.max(0, wire.length + resize));
        return new Input(placed.extension().type(), placed.context(), Bytes.of(resized));
    }

}
