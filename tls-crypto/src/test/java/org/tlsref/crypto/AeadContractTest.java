package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;

/**
 * The {@link Aead} contract, written once: each subclass names a sealing provider, an opening
 * provider (the same one, or the other backend) and the algorithms both serve.
 */
public abstract class AeadContractTest {
    private static final List<BufferKind> INPUT_KINDS = List.of(BufferKind.values());

    /** The provider whose AEADs seal. */
    protected abstract CryptoProvider sealer();

    /** The provider whose AEADs open. */
    protected abstract CryptoProvider opener();

    /** The algorithms both providers serve. */
    protected abstract Set<AeadAlgorithm> algorithms();

    private List<AeadVector> vectors() {
        return AeadVector.all().stream().filter(v -> algorithms().contains(v.algorithm())).toList();
    }

    private static Aead aead(CryptoProvider provider, AeadAlgorithm algorithm, Bytes key) {
        return provider.aead(algorithm, Secret.of(key.toByteArray()));
    }

    private static BufferKind outputKind(BufferKind input) {
        return input == BufferKind.READ_ONLY ? BufferKind.HEAP : input;
    }

    /** Asserts that {@code action} fails with bad_record_mac and nothing else. */
    public static void assertBadRecordMac(Executable action) {
        TlsAlert alert = assertThrows(TlsAlert.class, action);
        assertSame(CryptoFailure.BAD_RECORD_MAC, alert.reason());
    }

    @Test
    void everyAlgorithmHasKnownAnswerVectors() {
        for (AeadAlgorithm algorithm : algorithms()) {
            assertTrue(vectors().stream().anyMatch(v -> v.algorithm() == algorithm),
                    "no vector for " + algorithm);
        }
    }

    @Test
    void sealsEveryVectorInEveryBufferKind() {
        for (AeadVector v : vectors()) {
            for (BufferKind kind : INPUT_KINDS) {
                ByteBuffer aad = kind.holding(v.aad());
                ByteBuffer plaintext = kind.holding(v.plaintext());
                ByteBuffer out = outputKind(kind).empty(v.sealed().length());
                int outStart = out.position();
                int aadStart = aad.position();
                aead(sealer(), v.algorithm(), v.key()).seal(v.nonce().toByteArray(), aad, plaintext, out);
                assertEquals(v.sealed(), BufferKind.written(out, outStart), v + " " + kind);
                assertFalse(plaintext.hasRemaining(), "plaintext consumed");
                assertEquals(aadStart, aad.position(), "additional data not consumed");
            }
        }
    }

    @Test
    void opensEveryVectorInEveryBufferKind() {
        for (AeadVector v : vectors()) {
            for (BufferKind kind : INPUT_KINDS) {
                ByteBuffer aad = kind.holding(v.aad());
                ByteBuffer ciphertext = kind.holding(v.sealed());
                ByteBuffer out = outputKind(kind).empty(v.plaintext().length());
                int outStart = out.position();
                int aadStart = aad.position();
                aead(opener(), v.algorithm(), v.key()).open(v.nonce().toByteArray(), aad, ciphertext, out);
                assertEquals(v.plaintext(), BufferKind.written(out, outStart), v + " " + kind);
                assertFalse(ciphertext.hasRemaining(), "ciphertext consumed");
                assertEquals(aadStart, aad.position(), "additional data not consumed");
            }
        }
    }

    @Test
    void aTamperedTagIsBadRecordMac() {
        for (AeadVector v : vectors()) {
            byte[] sealed = v.sealed().toByteArray();
            sealed[sealed.length - 1] ^= 0x01;
            Aead aead = aead(opener(), v.algorithm(), v.key());
            assertBadRecordMac(() -> aead.open(v.nonce().toByteArray(), BufferKind.HEAP.holding(v.aad()),
                    ByteBuffer.wrap(sealed), ByteBuffer.allocate(v.plaintext().length())));
        }
    }

    @Test
    void aCiphertextShorterThanTheTagIsBadRecordMac() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Aead aead = aead(opener(), algorithm, Bytes.zeros(algorithm.keyLength()));
            for (int length = 0; length < algorithm.tagLength(); length++) {
                ByteBuffer ciphertext = ByteBuffer.allocate(length);
                assertBadRecordMac(() -> aead.open(new byte[12], ByteBuffer.allocate(0), ciphertext,
                        ByteBuffer.allocate(32)));
            }
        }
    }

    @Test
    void aRecordTruncatedAtAnyLengthIsBadRecordMac() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Bytes key = Bytes.of(RandomBytes.of(8, algorithm.keyLength()));
            ByteBuffer sealed = ByteBuffer.allocate(40 + algorithm.tagLength());
            aead(sealer(), algorithm, key).seal(new byte[12], ByteBuffer.allocate(0),
                    ByteBuffer.wrap(RandomBytes.of(9, 40)), sealed);
            Aead opening = aead(opener(), algorithm, key);
            for (int length = 0; length < sealed.capacity(); length++) {
                ByteBuffer truncated = ByteBuffer.wrap(sealed.array(), 0, length);
                assertBadRecordMac(() -> opening.open(new byte[12], ByteBuffer.allocate(0),
                        truncated, ByteBuffer.allocate(40)));
            }
        }
    }

    @Test
    void aFailedOpenLeavesNoPlaintextMovesNoPositionAndSpoilsNothing() {
        byte[] marker = new byte[100];
        Arrays.fill(marker, (byte) 0xAA);
        for (AeadAlgorithm algorithm : algorithms()) {
            for (BufferKind kind : List.of(BufferKind.HEAP, BufferKind.DIRECT)) {
                Bytes key = Bytes.zeros(algorithm.keyLength());
                ByteBuffer sealed = ByteBuffer.allocate(marker.length + algorithm.tagLength());
                aead(sealer(), algorithm, key).seal(new byte[12], ByteBuffer.allocate(0),
                        ByteBuffer.wrap(marker), sealed);
                byte[] tampered = sealed.array();
                tampered[tampered.length - 1] ^= 1;
                ByteBuffer ciphertext = kind.holding(Bytes.of(tampered));
                ByteBuffer out = kind.empty(marker.length);
                int outStart = out.position();
                int inStart = ciphertext.position();
                Aead opening = aead(opener(), algorithm, key);
                assertBadRecordMac(() -> opening.open(new byte[12], ByteBuffer.allocate(0), ciphertext, out));
                assertEquals(outStart, out.position(), algorithm + " output position");
                assertEquals(inStart, ciphertext.position(), algorithm + " input position");
                for (int i = 0; i < marker.length; i++) {
                    assertTrue(out.get(outStart + i) != (byte) 0xAA, algorithm + " " + kind
                            + ": unauthenticated plaintext left at " + i);
                }
                opening.seal(new byte[12], ByteBuffer.allocate(0), ByteBuffer.wrap(marker),
                        ByteBuffer.allocate(sealed.capacity()));
            }
        }
    }

    @Test
    void sealingTwiceWithOneNonceIsRefused() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Aead aead = aead(sealer(), algorithm, Bytes.zeros(algorithm.keyLength()));
            aead.seal(new byte[12], ByteBuffer.allocate(0), ByteBuffer.allocate(1), ByteBuffer.allocate(32));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> aead.seal(
                    new byte[12], ByteBuffer.allocate(0), ByteBuffer.allocate(1), ByteBuffer.allocate(32)));
            assertTrue(e.getMessage().contains("nonce reused"), e.getMessage());
        }
    }

    @Test
    void oneObjectOpensOneNonceRepeatedlyAndSealsANonceItOnlyOpened() {
        for (AeadVector v : vectors()) {
            Aead aead = aead(opener(), v.algorithm(), v.key());
            for (int i = 0; i < 2; i++) {
                ByteBuffer out = ByteBuffer.allocate(v.plaintext().length());
                aead.open(v.nonce().toByteArray(), BufferKind.HEAP.holding(v.aad()),
                        BufferKind.HEAP.holding(v.sealed()), out);
                assertArrayEquals(v.plaintext().toByteArray(), out.array(), v.toString());
            }
            ByteBuffer sealed = ByteBuffer.allocate(v.sealed().length());
            aead.seal(v.nonce().toByteArray(), BufferKind.HEAP.holding(v.aad()),
                    BufferKind.HEAP.holding(v.plaintext()), sealed);
            assertArrayEquals(v.sealed().toByteArray(), sealed.array(), v.toString());
            ByteBuffer reopened = ByteBuffer.allocate(v.plaintext().length());
            aead.open(v.nonce().toByteArray(), BufferKind.HEAP.holding(v.aad()),
                    BufferKind.HEAP.holding(v.sealed()), reopened);
            assertArrayEquals(v.plaintext().toByteArray(), reopened.array(), v.toString());
        }
    }

    @Test
    void theLargestTls13RecordRoundTripsInHeapAndDirectBuffers() {
        Bytes record = Bytes.of(RandomBytes.of(1, (1 << 14) + 256));
        Bytes header = Bytes.ofUnsigned(0x17, 0x03, 0x03, 0x41, 0x10);
        for (AeadAlgorithm algorithm : algorithms()) {
            for (BufferKind kind : List.of(BufferKind.HEAP, BufferKind.DIRECT)) {
                Bytes key = Bytes.of(RandomBytes.of(2, algorithm.keyLength()));
                byte[] nonce = RandomBytes.of(3, 12);
                ByteBuffer sealed = kind.empty(record.length() + algorithm.tagLength());
                aead(sealer(), algorithm, key).seal(nonce, kind.holding(header), kind.holding(record), sealed);
                sealed.flip();
                ByteBuffer opened = kind.empty(record.length());
                aead(opener(), algorithm, key).open(nonce, kind.holding(header), sealed, opened);
                assertEquals(record, BufferKind.written(opened, 0), algorithm + " " + kind);
            }
        }
    }

    @Test
    void additionalDataOfSeveralBlocksInEveryBufferKindGivesOneRecord() {
        // Regression: JDK 17's ChaCha20-Poly1305 updateAAD(ByteBuffer) got the tag wrong for 16 or
        // more bytes (JDK-8297972); across backends the other side's open catches it.
        Bytes aad = Bytes.of(RandomBytes.of(4, 40));
        Bytes plaintext = Bytes.of(RandomBytes.of(5, 33));
        for (AeadAlgorithm algorithm : algorithms()) {
            Bytes key = Bytes.of(RandomBytes.of(6, algorithm.keyLength()));
            Bytes first = null;
            for (BufferKind kind : INPUT_KINDS) {
                ByteBuffer sealed = outputKind(kind).empty(plaintext.length() + algorithm.tagLength());
                int start = sealed.position();
                aead(sealer(), algorithm, key).seal(new byte[12], kind.holding(aad), kind.holding(plaintext), sealed);
                Bytes record = BufferKind.written(sealed, start);
                first = first == null ? record : first;
                assertEquals(first, record, algorithm + " " + kind);
                ByteBuffer opened = outputKind(kind).empty(plaintext.length());
                int openedStart = opened.position();
                aead(opener(), algorithm, key).open(new byte[12], kind.holding(aad), kind.holding(record), opened);
                assertEquals(plaintext, BufferKind.written(opened, openedStart), algorithm + " " + kind);
            }
        }
    }

    @Test
    void aKeyOfTheWrongLengthIsIllegalArgument() {
        for (AeadAlgorithm algorithm : algorithms()) {
            for (int length : new int[] {0, algorithm.keyLength() - 1, algorithm.keyLength() + 1, 24}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> sealer().aead(algorithm, Secret.zeros(length)));
                assertTrue(e.getMessage().contains("key"), e.getMessage());
            }
        }
    }

    @Test
    void aNonceOfTheWrongLengthIsIllegalArgumentOnBothSides() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Aead sealing = aead(sealer(), algorithm, Bytes.zeros(algorithm.keyLength()));
            Aead opening = aead(opener(), algorithm, Bytes.zeros(algorithm.keyLength()));
            for (int length : new int[] {0, 8, 11, 13, 16}) {
                byte[] nonce = new byte[length];
                assertThrows(IllegalArgumentException.class, () -> sealing.seal(nonce,
                        ByteBuffer.allocate(0), ByteBuffer.allocate(1), ByteBuffer.allocate(64)));
                assertThrows(IllegalArgumentException.class, () -> opening.open(nonce,
                        ByteBuffer.allocate(0), ByteBuffer.allocate(32), ByteBuffer.allocate(64)));
            }
        }
    }

    @Test
    void anOutputBufferOneByteTooSmallIsIllegalArgumentAndTouchesNothing() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Aead sealing = aead(sealer(), algorithm, Bytes.zeros(algorithm.keyLength()));
            ByteBuffer plaintext = ByteBuffer.allocate(10);
            ByteBuffer small = ByteBuffer.allocate(10 + algorithm.tagLength() - 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> sealing.seal(new byte[12], ByteBuffer.allocate(0), plaintext, small));
            assertTrue(e.getMessage().contains("too small"), e.getMessage());
            assertEquals(0, plaintext.position());
            assertEquals(0, small.position());
            Aead opening = aead(opener(), algorithm, Bytes.zeros(algorithm.keyLength()));
            ByteBuffer ciphertext = ByteBuffer.allocate(10 + algorithm.tagLength());
            assertThrows(IllegalArgumentException.class, () -> opening.open(new byte[12],
                    ByteBuffer.allocate(0), ciphertext, ByteBuffer.allocate(9)));
            assertEquals(0, ciphertext.position());
        }
    }

    @Test
    void aReadOnlyOutputBufferIsIllegalArgument() {
        for (AeadAlgorithm algorithm : algorithms()) {
            Aead sealing = aead(sealer(), algorithm, Bytes.zeros(algorithm.keyLength()));
            assertThrows(IllegalArgumentException.class, () -> sealing.seal(new byte[12],
                    ByteBuffer.allocate(0), ByteBuffer.allocate(1), ByteBuffer.allocate(64).asReadOnlyBuffer()));
            Aead opening = aead(opener(), algorithm, Bytes.zeros(algorithm.keyLength()));
            assertThrows(IllegalArgumentException.class, () -> opening.open(new byte[12],
                    ByteBuffer.allocate(0), ByteBuffer.allocate(32), ByteBuffer.allocate(64).asReadOnlyBuffer()));
        }
    }

    @Test
    void reportsItsAlgorithm() {
        for (AeadAlgorithm algorithm : algorithms()) {
            assertSame(algorithm, aead(sealer(), algorithm, Bytes.zeros(algorithm.keyLength())).algorithm());
        }
    }
}
