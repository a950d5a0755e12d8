package org.tlsref.api.record;

import java.util.Optional;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.registry.HandshakeType;

/**
 * Turns the fragments of handshake records into complete handshake messages (RFC 8446 §5.1:
 * "Handshake messages MAY be coalesced into a single TLSPlaintext record or fragmented across
 * several records"). It frames only: bodies are for the message codecs.
 *
 * <p>Use: {@link #add} one record's fragment, then take {@link #next} until it is empty, which
 * consumes the whole fragment; then add the next. Before a key change call
 * {@link #requireBoundaryForKeyChange()}, and when a record of another type arrives
 * {@link #requireBoundaryForRecord}.
 *
 * <p>A message's length is checked against the configured maximum as soon as its header is
 * seen, before any of its body is held, so the reassembler never holds more than one header and
 * one maximal body ({@link #maxBuffered()}). A message that lies whole in one fragment is copied
 * once, straight out of it. After a failure the offending header stays in place and every later
 * call fails the same way.
 *
 * <p>Mutable, with one owner: the engine's receiving side.
 */
public final class HandshakeReassembler {
    /** DESIGN.md, "Limits": 64 KiB by default, room for certificate chains. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1 << 16;

    private static final byte[] NO_MESSAGE = new byte[0];

    private final int maxMessageLength;
    private Bytes fragment = Bytes.EMPTY;
    private int fragmentPosition;
    private final byte[] header = new byte[HandshakeFrame.HEADER_LENGTH];
    private int headerFilled;
    private byte[] message = NO_MESSAGE;
    private int messageFilled;

    /** A reassembler with {@link #DEFAULT_MAX_MESSAGE_LENGTH}. */
    public HandshakeReassembler() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /**
     * A reassembler that refuses messages whose body is longer than {@code maxMessageLength}.
     *
     * @throws IllegalArgumentException unless 0 &lt;= maxMessageLength &lt;= 2^24-1
     */
    public HandshakeReassembler(int maxMessageLength) {
        if (maxMessageLength < 0 || maxMessageLength > HandshakeFrame.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("max message length " + maxMessageLength
                    + " outside 0.." + HandshakeFrame.MAX_BODY_LENGTH);
        }
        this.maxMessageLength = maxMessageLength;
    }

    /** The largest body accepted. */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /** The most this reassembler holds of a partial message: a header and a maximal body. */
    public int maxBuffered() {
        return HandshakeFrame.HEADER_LENGTH + maxMessageLength;
    }

    /**
     * Takes the fragment of the next handshake record. An empty fragment is unexpected_message
     * (RFC 8446 §5.1, RFC 8446 §5.4: zero-length handshake fragments are never sent).
     *
     * @throws IllegalStateException when the previous fragment has not been consumed by
     *     {@link #next}: taking more first would let the held bytes grow without bound
     */
    public void add(Bytes handshakeFragment) {
        if (fragmentPosition < fragment.length()) {
            throw new IllegalStateException("take every message with next() before add()");
        }
        if (handshakeFragment.isEmpty()) {
            throw new TlsAlert(DecodeFailure.EMPTY_RECORD, "zero-length handshake fragment");
        }
        fragment = handshakeFragment;
        fragmentPosition = 0;
    }

    /**
     * The next complete message, or empty once the fragments added so far are consumed, with any
     * incomplete message held until more fragments arrive.
     *
     * @throws TlsAlert {@link DecodeFailure#MESSAGE_TOO_LARGE} for a body longer than the maximum
     */
    public Optional<HandshakeFrame> next() {
        if (headerFilled == 0 && unread() >= HandshakeFrame.HEADER_LENGTH) {
            int bodyLength = checkedBodyLength(fragment.get(fragmentPosition),
                    u24(fragment.get(fragmentPosition + 1), fragment.get(fragmentPosition + 2),
                            fragment.get(fragmentPosition + 3)));
            int total = HandshakeFrame.HEADER_LENGTH + bodyLength;
            if (unread() >= total) {
                Bytes encoding = fragment.slice(fragmentPosition, fragmentPosition + total);
                fragmentPosition += total;
                return Optional.of(new HandshakeFrame(HandshakeType.of(encoding.get(0)), encoding));
            }
        }
        return continuePartial();
    }

    /**
     * True when every byte added has come out in a message: no message is partly received and
     * none waits in the last fragment.
     */
    public boolean isAtRecordBoundary() {
        return headerFilled == 0 && unread() == 0;
    }

    /** Bytes held of a message not yet complete. */
    public int buffered() {
        return headerFilled + Math.max(0, messageFilled - HandshakeFrame.HEADER_LENGTH);
    }

    /**
     * Call before installing new read keys. RFC 8446 §5.1: "Handshake messages MUST NOT span key
     * changes. Implementations MUST verify that all messages immediately preceding a key change
     * align with a record boundary; if not, then they MUST terminate the connection with an
     * unexpected_message alert."
     */
    public void requireBoundaryForKeyChange() {
        if (!isAtRecordBoundary()) {
            throw new TlsAlert(DecodeFailure.HANDSHAKE_SPANS_KEY_CHANGE, pending());
        }
    }

    /**
     * Call when a record of another content type arrives. RFC 8446 §5.1: "if a handshake message
     * is split over two or more records, there MUST NOT be any other records between them."
     */
    public void requireBoundaryForRecord(ContentType type) {
        if (!isAtRecordBoundary()) {
            throw new TlsAlert(DecodeFailure.HANDSHAKE_INTERLEAVED, type + " record while " + pending());
        }
    }

    private Optional<HandshakeFrame> continuePartial() {
        while (headerFilled < HandshakeFrame.HEADER_LENGTH && unread() > 0) {
            header[headerFilled++] = (byte) fragment.get(fragmentPosition++);
        }
        if (headerFilled < HandshakeFrame.HEADER_LENGTH) {
            return Optional.empty();
        }
        int bodyLength = checkedBodyLength(header[0] & 0xFF,
                u24(header[1] & 0xFF, header[2] & 0xFF, header[3] & 0xFF));
        if (message.length == 0) {
            message = new byte[HandshakeFrame.HEADER_LENGTH + bodyLength];
            System.arraycopy(header, 0, message, 0, HandshakeFrame.HEADER_LENGTH);
            messageFilled = HandshakeFrame.HEADER_LENGTH;
        }
        while (messageFilled < message.length && unread() > 0) {
            message[messageFilled++] = (byte) fragment.get(fragmentPosition++);
        }
        if (messageFilled < message.length) {
            return Optional.empty();
        }
        HandshakeFrame frame = new HandshakeFrame(HandshakeType.of(header[0] & 0xFF), Bytes.of(message));
        headerFilled = 0;
        message = NO_MESSAGE;
        messageFilled = 0;
        return Optional.of(frame);
    }

    private int checkedBodyLength(int msgType, int bodyLength) {
        if (bodyLength > maxMessageLength) {
            throw new TlsAlert(DecodeFailure.MESSAGE_TOO_LARGE, HandshakeType.of(msgType)
                    + " of " + bodyLength + " bytes exceeds the limit of " + maxMessageLength);
        }
        return bodyLength;
    }

    private String pending() {
        return headerFilled > 0 ? "a handshake message is incomplete"
                : unread() + " byte(s) of handshake data remain in the record";
    }

    private int unread() {
        return fragment.length() - fragmentPosition;
    }

    private static int u24(int high, int middle, int low) {
        return high << 16 | middle << 8 | low;
    }
}
