package org.tlsref.api.record;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlsref.api.record.AlertAssertions.assertFails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.HandshakeType;

class HandshakeReassemblerTest {
    private static final HandshakeFrame SERVER_HELLO =
            HandshakeFrame.of(HandshakeType.SERVER_HELLO, Bytes.fromHex("0303 aabbccdd"));
    private static final HandshakeFrame SERVER_HELLO_DONE =
            HandshakeFrame.of(HandshakeType.SERVER_HELLO_DONE, Bytes.EMPTY);
    private static final HandshakeFrame FINISHED =
            HandshakeFrame.of(HandshakeType.FINISHED, Bytes.fromHex("0102030405060708090a0b0c"));
    private static final List<HandshakeFrame> THREE = List.of(SERVER_HELLO, SERVER_HELLO_DONE, FINISHED);

    @Test
    void aMessageInOneRecordComesOutWithItsExactBytes() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(Bytes.fromHex("02 000006 0303aabbccdd"));

        HandshakeFrame frame = reassembler.next().orElseThrow();

        assertEquals(HandshakeType.SERVER_HELLO, frame.msgType());
        assertEquals(Bytes.fromHex("02 000006 0303aabbccdd"), frame.encoding());
        assertEquals(Optional.empty(), reassembler.next());
        assertTrue(reassembler.isAtRecordBoundary());
    }

    @Test
    void severalMessagesInOneRecordComeOutInOrder() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(concat(THREE));

        assertEquals(THREE, drain(reassembler));
    }

    @Test
    void aMessageSpanningThreeRecordsComesOutWhenTheLastArrives() {
        Bytes wire = FINISHED.encoding();
        HandshakeReassembler reassembler = new HandshakeReassembler();

        reassembler.add(wire.slice(0, 2));
        assertEquals(Optional.empty(), reassembler.next());
        reassembler.add(wire.slice(2, 9));
        assertEquals(Optional.empty(), reassembler.next());
        assertFalse(reassembler.isAtRecordBoundary());
        reassembler.add(wire.slice(9, wire.length()));

        assertEquals(Optional.of(FINISHED), reassembler.next());
        assertTrue(reassembler.isAtRecordBoundary());
    }

    @Test
    void everySplitOfAMessageStreamIntoTwoRecordsGivesTheSameMessages() {
        Bytes wire = concat(THREE);
        for (int split = 1; split < wire.length(); split++) {
            HandshakeReassembler reassembler = new HandshakeReassembler();
            List<HandshakeFrame> frames = new ArrayList<>();
            reassembler.add(wire.slice(0, split));
            frames.addAll(drain(reassembler));
            reassembler.add(wire.slice(split, wire.length()));
            frames.addAll(drain(reassembler));
            assertEquals(THREE, frames, "split at " + split);
        }
    }

    @Test
    void oneByteRecordsGiveTheSameMessages() {
        Bytes wire = concat(THREE);
        HandshakeReassembler reassembler = new HandshakeReassembler();
        List<HandshakeFrame> frames = new ArrayList<>();
        for (int i = 0; i < wire.length(); i++) {
            reassembler.add(wire.slice(i, i + 1));
            frames.addAll(drain(reassembler));
        }
        assertEquals(THREE, frames);
    }

    @Test
    void theDefaultMaximumIs64KiB() {
        assertEquals(65536, new HandshakeReassembler().maxMessageLength());
    }

    @Test
    void aBodyOfExactlyTheMaximumIsAccepted() {
        HandshakeReassembler reassembler = new HandshakeReassembler(100);
        HandshakeFrame frame = HandshakeFrame.of(HandshakeType.CERTIFICATE, Bytes.zeros(100));
        reassembler.add(frame.encoding());

        assertEquals(Optional.of(frame), reassembler.next());
    }

    @Test
    void aBodyOneByteOverTheMaximumIsRefusedFromItsHeaderAlone() {
        HandshakeReassembler reassembler = new HandshakeReassembler(100);
        reassembler.add(Bytes.fromHex("0b 000065"));

        assertFails(DecodeFailure.MESSAGE_TOO_LARGE, AlertDescription.ILLEGAL_PARAMETER, reassembler::next);
        assertEquals(0, reassembler.buffered());
    }

    @Test
    void aTooLargeHeaderSplitAcrossRecordsIsRefusedWhenItCompletes() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(Bytes.fromHex("0b 01"));
        assertEquals(Optional.empty(), reassembler.next());
        reassembler.add(Bytes.fromHex("00 01 00"));

        assertFails(DecodeFailure.MESSAGE_TOO_LARGE, AlertDescription.ILLEGAL_PARAMETER, reassembler::next);
        assertTrue(reassembler.buffered() <= HandshakeFrame.HEADER_LENGTH);
    }

    @Test
    void aFailureRepeatsOnEveryLaterCall() {
        HandshakeReassembler reassembler = new HandshakeReassembler(1);
        reassembler.add(Bytes.fromHex("14 000002 aabb"));
        assertFails(DecodeFailure.MESSAGE_TOO_LARGE, AlertDescription.ILLEGAL_PARAMETER, reassembler::next);

        assertFails(DecodeFailure.MESSAGE_TOO_LARGE, AlertDescription.ILLEGAL_PARAMETER, reassembler::next);
    }

    @Test
    void anEmptyFragmentIsUnexpectedMessage() {
        assertFails(DecodeFailure.EMPTY_RECORD, AlertDescription.UNEXPECTED_MESSAGE,
                () -> new HandshakeReassembler().add(Bytes.EMPTY));
    }

    @Test
    void addingBeforeTheLastFragmentIsConsumedIsALocalError() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(concat(THREE));
        reassembler.next();

        assertThrows(IllegalStateException.class, () -> reassembler.add(FINISHED.encoding()));
    }

    @Test
    void aKeyChangeAtARecordBoundaryPasses() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(SERVER_HELLO.encoding());
        reassembler.next();

        assertDoesNotThrow(reassembler::requireBoundaryForKeyChange);
    }

    @Test
    void aKeyChangeWithAPartialMessageIsUnexpectedMessage() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(FINISHED.encoding().slice(0, 6));
        reassembler.next();

        assertFails(DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, AlertDescription.UNEXPECTED_MESSAGE,
                reassembler::requireBoundaryForKeyChange);
    }

    @Test
    void aKeyChangeWithAMessageLeftInTheSameRecordIsUnexpectedMessage() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(concat(List.of(SERVER_HELLO, FINISHED)));
        reassembler.next();

        assertFails(DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, AlertDescription.UNEXPECTED_MESSAGE,
                reassembler::requireBoundaryForKeyChange);
    }

    @Test
    void anotherRecordTypeInsideASplitMessageIsUnexpectedMessage() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(FINISHED.encoding().slice(0, 2));
        reassembler.next();

        assertFails(DecodeFailure.HANDSHAKE_INTERLEAVED, AlertDescription.UNEXPECTED_MESSAGE,
                () -> reassembler.requireBoundaryForRecord(ContentType.ALERT));
    }

    @Test
    void anotherRecordTypeBetweenWholeMessagesPasses() {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.add(SERVER_HELLO.encoding());
        reassembler.next();

        assertDoesNotThrow(() -> reassembler.requireBoundaryForRecord(ContentType.CHANGE_CIPHER_SPEC));
    }

    @Test
    void refusesAMaximumOutsideTheUint24Range() {
        assertThrows(IllegalArgumentException.class, () -> new HandshakeReassembler(-1));
        assertThrows(IllegalArgumentException.class, () -> new HandshakeReassembler(1 << 24));
    }

    @Property(tries = 10000)
    void messagesFragmentedAtRandomRecordSizesReassembleUnchanged(
            @ForAll("messageLists") List<HandshakeFrame> messages,
            @ForAll("recordSizes") List<Integer> recordSizes) {
        Bytes wire = concat(messages);
        HandshakeReassembler reassembler = new HandshakeReassembler();
        List<HandshakeFrame> frames = new ArrayList<>();
        int from = 0;
        for (int i = 0; from < wire.length(); i++) {
            int to = Math.min(wire.length(), from + recordSizes.get(i % recordSizes.size()));
            reassembler.add(wire.slice(from, to));
            frames.addAll(drain(reassembler));
            from = to;
        }
        assertEquals(messages, frames);
        assertTrue(reassembler.isAtRecordBoundary());
    }

    @Property(tries = 10000)
    void randomFragmentsEndInMessagesOrAnAlertAndNeverOverBuffer(
            @ForAll("noisyFragments") List<Bytes> fragments,
            @ForAll @IntRange(min = 0, max = 300) int maxMessageLength) {
        HandshakeReassembler reassembler = new HandshakeReassembler(maxMessageLength);
        try {
            for (Bytes fragment : fragments) {
                reassembler.add(fragment);
                for (Optional<HandshakeFrame> f = reassembler.next(); f.isPresent(); f = reassembler.next()) {
                    assertTrue(f.get().bodyLength() <= maxMessageLength);
                }
                assertTrue(reassembler.buffered() <= reassembler.maxBuffered());
            }
        } catch (TlsAlert expected) {
            assertTrue(reassembler.buffered() <= reassembler.maxBuffered());
        }
    }

    @Provide
    Arbitrary<List<HandshakeFrame>> messageLists() {
        Arbitrary<Integer> bodyLengths = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0, 100)),
                Tuple.of(1, Arbitraries.integers().between(0, 40000)));
        return Combinators.combine(Arbitraries.integers().between(0, 255), bodyLengths)
                .as((type, length) -> HandshakeFrame.of(HandshakeType.of(type), pattern(length, type)))
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> recordSizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 10)),
                Tuple.of(2, Arbitraries.integers().between(1, 300)),
                Tuple.of(1, Arbitraries.integers().between(1, 16384)))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    /** Random bytes, and plausible messages with random lengths, cut at random places. */
    @Provide
    Arbitrary<List<Bytes>> noisyFragments() {
        Arbitrary<Bytes> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40).map(Bytes::of);
        Arbitrary<Bytes> header = Combinators.combine(
                Arbitraries.integers().between(0, 255),
                Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.integers().between(0, 400)),
                        Tuple.of(1, Arbitraries.integers().between(0, 0xffffff))),
                Arbitraries.integers().between(0, 60))
                .as((type, length, present) -> TlsWriter.encode(
                        w -> w.u8(type).u24(length).bytes(Bytes.zeros(Math.min(length, present)))));
        return Arbitraries.oneOf(noise, header).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Bytes pattern(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return Bytes.of(b);
    }

    private static Bytes concat(List<HandshakeFrame> frames) {
        TlsWriter w = TlsWriter.create();
        frames.forEach(f -> w.bytes(f.encoding()));
        return w.toBytes();
    }

    private static List<HandshakeFrame> drain(HandshakeReassembler reassembler) {
        List<HandshakeFrame> frames = new ArrayList<>();
        for (Optional<HandshakeFrame> f = reassembler.next(); f.isPresent(); f = reassembler.next()) {
            frames.add(f.get());
        }
        return frames;
    }
}
