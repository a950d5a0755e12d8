package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.ChangeCipherSpec;
import org.tlsref.api.record.HandshakeFrame;
import org.tlsref.api.record.HandshakeReassembler;
import org.tlsref.api.record.RecordLimit;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoFailure;

/** The read half of {@link Tls13RecordLayer}: framing, opening, reassembly and the CCS rule. */
final class InboundRecords {
    /**
     * The least a protected record adds to its content under any TLS 1.3 AEAD: the type octet
     * and the shortest tag (AES-128-CCM-8). Skipped early data is charged its fragment minus this,
     * never more than the content it could carry.
     */
    private static final int SMALLEST_EXPANSION = 1 + Arrays.stream(AeadAlgorithm.values())
            .mapToInt(AeadAlgorithm::tagLength).min().orElseThrow();
    private static final long NOT_SKIPPING = -1;

    private final RecordFramer framer = new RecordFramer();
    private final HandshakeReassembler reassembler;
    /**
     * Opened records land here: empty until the first protected record, then grown (at least
     * doubling, to at most 2^14 + 1 bytes) only for a longer record and reused, so a handshake
     * holds no more than its records need and steady state allocates nothing.
     */
    private byte[] plaintext = new byte[0];
    private ByteBuffer plaintextOut = ByteBuffer.wrap(plaintext);
    private ByteBuffer plaintextView = plaintextOut.asReadOnlyBuffer();
    private Received.ApplicationData applicationData = new Received.ApplicationData(plaintextView);
    private Protection protection = Unprotected.INSTANCE;
    private CompatibilityWindow ccsWindow = CompatibilityWindow.BEFORE_CLIENT_HELLO;
    private int ownInnerPlaintextLimit = TlsInnerPlaintext.MAX_LENGTH;
    private long earlyDataToSkip = NOT_SKIPPING;

    InboundRecords(int maxHandshakeMessageLength) {
        this.reassembler = new HandshakeReassembler(maxHandshakeMessageLength);
    }

    void installKeys(RecordOpener newOpener) {
        reassembler.requireBoundaryForKeyChange();
        protection = new Opened(newOpener);
    }

    void applyOwnRecordSizeLimit(int innerPlaintextLimit) {
        ownInnerPlaintextLimit = innerPlaintextLimit;
    }

    void skipRejectedEarlyData(long maxEarlyDataSize) {
        earlyDataToSkip = maxEarlyDataSize;
    }

    /** The first ClientHello went out: the compatibility change_cipher_spec may come now. */
    void handshakeSent() {
        if (ccsWindow == CompatibilityWindow.BEFORE_CLIENT_HELLO) {
            ccsWindow = CompatibilityWindow.OPEN;
        }
    }

    Received receive(ByteBuffer networkIn) {
        while (true) {
            Optional<HandshakeFrame> message = reassembler.next();
            if (message.isPresent()) {
                return handshake(message.get());
            }
            if (!framer.read(networkIn, currentLimit())) {
                return Received.NeedMoreInput.INSTANCE;
            }
            Received delivered = dispatch();
            if (!(delivered instanceof Received.NeedMoreInput)) {
                return delivered;
            }
        }
    }

    boolean isSkippingEarlyData() {
        return earlyDataToSkip != NOT_SKIPPING;
    }

    private RecordLimit currentLimit() {
        return protection instanceof Opened || isSkippingEarlyData()
                ? RecordLimit.TLS13_CIPHERTEXT : RecordLimit.PLAINTEXT;
    }

    private Received handshake(HandshakeFrame message) {
        if (ccsWindow == CompatibilityWindow.BEFORE_CLIENT_HELLO) {
            ccsWindow = CompatibilityWindow.OPEN;
        }
        if (message.msgType().equals(HandshakeType.FINISHED)) {
            ccsWindow = CompatibilityWindow.CLOSED;
        }
        return new Received.Handshake(message);
    }

    /** One complete record; NeedMoreInput when it delivers nothing by itself. */
    private Received dispatch() {
        ContentType type = framer.type();
        if (type.equals(ContentType.CHANGE_CIPHER_SPEC)) {
            dropChangeCipherSpec();
            return Received.NeedMoreInput.INSTANCE;
        }
        if (protection instanceof Opened opened) {
            if (!type.equals(ContentType.APPLICATION_DATA)) {
                throw new TlsAlert(RecordFailure.UNPROTECTED_RECORD,
                        type + " record in plaintext after read keys were installed");
            }
            return open(opened.opener());
        }
        return unprotected(type);
    }

    /**
     * RFC 8446 §5: a change_cipher_spec "consisting of the single byte value 0x01 at any time
     * after the first ClientHello message has been sent or received and before the peer's
     * Finished message has been received [...] MUST simply drop it without further processing";
     * any other value is unexpected_message, and so is one outside that window (RFC 9846 §5).
     */
    private void dropChangeCipherSpec() {
        if (ccsWindow != CompatibilityWindow.OPEN) {
            throw new TlsAlert(RecordFailure.CHANGE_CIPHER_SPEC_OUT_OF_HANDSHAKE,
                    "change_cipher_spec " + (ccsWindow == CompatibilityWindow.CLOSED
                            ? "after the peer's Finished" : "before the first ClientHello"));
        }
        ChangeCipherSpec.decodeRecord(framer.fragment());
    }

    private Received unprotected(ContentType type) {
        if (type.equals(ContentType.APPLICATION_DATA)) {
            if (isSkippingEarlyData()) {
                skip(framer.fragmentLength());
                return Received.NeedMoreInput.INSTANCE;
            }
            throw new TlsAlert(RecordFailure.UNPROTECTED_APPLICATION_DATA,
                    "application_data before read keys were installed");
        }
        earlyDataToSkip = NOT_SKIPPING;
        return deliver(type, framer.fragment());
    }

    private Received open(RecordOpener recordOpener) {
        makePlaintextRoom(Math.min(TlsInnerPlaintext.MAX_LENGTH, framer.fragmentLength()));
        plaintextOut.clear();
        ContentType inner;
        if (isSkippingEarlyData()) {
            Optional<ContentType> opened = trialOpen(recordOpener);
            if (opened.isEmpty()) {
                return Received.NeedMoreInput.INSTANCE;
            }
            inner = opened.get();
        } else {
            inner = recordOpener.open(framer.record(), plaintextOut, ownInnerPlaintextLimit);
        }
        int length = plaintextOut.position();
        if (inner.equals(ContentType.APPLICATION_DATA)) {
            reassembler.requireBoundaryForRecord(inner);
            plaintextView.limit(length).position(0);
            return applicationData;
        }
        return deliver(inner, Bytes.of(plaintext, 0, length));
    }

    /**
     * Room for {@code length} bytes of opened plaintext: a record's ciphertext is never shorter
     * than its plaintext, and longer plaintext than 2^14 + 1 is record_overflow before any is
     * written.
     */
    private void makePlaintextRoom(int length) {
        if (plaintext.length < length) {
            plaintext = new byte[Math.max(length,
                    Math.min(TlsInnerPlaintext.MAX_LENGTH, 2 * plaintext.length))];
            plaintextOut = ByteBuffer.wrap(plaintext);
            plaintextView = plaintextOut.asReadOnlyBuffer();
            applicationData = new Received.ApplicationData(plaintextView);
        }
    }

    /** The capacity for opened plaintext now (tests watch it grow). */
    int plaintextCapacity() {
        return plaintext.length;
    }

    /**
     * RFC 8446 §4.2.10: a server that rejected 0-RTT "skips past early data by attempting to
     * deprotect received records using the handshake traffic key, discarding records which fail
     * deprotection (up to the configured max_early_data_size). Once a record is deprotected
     * successfully, it is treated as the start of the client's second flight". The one place a
     * bad_record_mac is not the end of the connection. The protocol's own plaintext limit applies
     * here: the early data was sent before any record_size_limit of this handshake was known.
     */
    private Optional<ContentType> trialOpen(RecordOpener recordOpener) {
        try {
            ContentType inner = recordOpener.open(framer.record(), plaintextOut, TlsInnerPlaintext.MAX_LENGTH);
            earlyDataToSkip = NOT_SKIPPING;
            return Optional.of(inner);
        } catch (TlsAlert failure) {
            if (failure.reason() != CryptoFailure.BAD_RECORD_MAC) {
                throw failure;
            }
            skip(framer.fragmentLength());
            return Optional.empty();
        }
    }

    private void skip(int fragmentLength) {
        earlyDataToSkip -= Math.max(1, fragmentLength - SMALLEST_EXPANSION);
        if (earlyDataToSkip < 0) {
            throw new TlsAlert(RecordFailure.TOO_MUCH_EARLY_DATA,
                    "rejected early data beyond max_early_data_size");
        }
    }

    private Received deliver(ContentType type, Bytes content) {
        if (type.equals(ContentType.HANDSHAKE)) {
            reassembler.add(content);
            return Received.NeedMoreInput.INSTANCE;
        }
        reassembler.requireBoundaryForRecord(type);
        return new Received.AlertMessage(Alert.decodeRecord(content));
    }

    /** Whether records arrive as TLSPlaintext or TLSCiphertext. */
    private sealed interface Protection permits Unprotected, Opened {
    }

    /** Before read keys. */
    private enum Unprotected implements Protection {
        INSTANCE
    }

    /** After read keys, opened with {@code opener}. */
    private record Opened(RecordOpener opener) implements Protection {
    }

    /** Where the handshake is relative to the change_cipher_spec rule of RFC 8446 §5. */
    private enum CompatibilityWindow {
        BEFORE_CLIENT_HELLO, OPEN, CLOSED
    }
}
