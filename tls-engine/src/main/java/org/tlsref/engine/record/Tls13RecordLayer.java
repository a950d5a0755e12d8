package org.tlsref.engine.record;

import java.nio.ByteBuffer;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.HandshakeReassembler;
import org.tlsref.api.record.TlsInnerPlaintext;

/**
 * The TLS 1.3 record pipeline of one connection (RFC 8446 §5), without I/O: the connection feeds
 * it the bytes that arrived and drains the bytes to send.
 *
 * <h2>Write side</h2>
 * Each {@code write*} call frames its content into complete records, appended to an internal
 * outbox that {@link #transmit} drains into the connection's network buffer. Before
 * {@link #installWriteKeys} records are TLSPlaintext; after it, TLSCiphertext sealed by the
 * installed {@link RecordSealer} (one per traffic key: install a new one at each key change, a
 * KeyUpdate included). Content longer than a record may carry is split: 2^14 bytes per record
 * (RFC 8446 §5.1), or, for protected records, the peer's record_size_limit minus the content-type
 * octet ({@link #applyPeerRecordSizeLimit}, RFC 8449 §4). Handshake messages may share records;
 * each {@link #writeHandshake} call starts a new one, so the caller coalesces a flight by passing
 * it in one call and keeps key changes on record boundaries. The outbox grows to hold what is
 * written and not drained, and is reused once drained.
 *
 * <h2>Read side</h2>
 * {@link #receive} consumes input up to the end of one record at a time and returns the first
 * thing a peer's records deliver: a complete handshake message, an alert, the content of an
 * application_data record, or {@link Received.NeedMoreInput} once the input is used up. Call it
 * again until it returns {@code NeedMoreInput}; several handshake messages in one record come out
 * one per call, and an application_data view is valid only until the next call. The handshake
 * reassembler lives here (an {@link HandshakeReassembler}), which is how this layer enforces:
 * <ul>
 *   <li>RFC 8446 §5.1 "Handshake messages MUST NOT span key changes":
 *       {@link #installReadKeys} fails with unexpected_message when a message is incomplete or
 *       unread bytes remain in the last handshake record. Install read keys right after receiving
 *       the message that changes them (ServerHello, the client's EndOfEarlyData or Finished, a
 *       KeyUpdate), before the next call of {@code receive}.
 *   <li>RFC 8446 §5.1: no other record between the fragments of one handshake message.
 *   <li>The compatibility change_cipher_spec (RFC 8446 §5, RFC 8446 §D.4): an unprotected record
 *       of the single byte 0x01, received after the first ClientHello was sent
 *       ({@link #writeInitialClientHello} or any {@link #writeHandshake}) or received, and before
 *       a Finished message came out of this layer, is dropped without a trace; any other
 *       change_cipher_spec is unexpected_message.
 *   <li>Application data in plaintext, or any unprotected record other than that
 *       change_cipher_spec once read keys are installed: unexpected_message.
 * </ul>
 * Everything the peer can get wrong ends in a {@link org.tlsref.api.TlsAlert} naming its reason;
 * after one, the layer is not to be used again.
 *
 * <p>Allocation: none per application_data record on either side in steady state (one reused
 * record buffer, one plaintext buffer, the sealer's and opener's own arrays); handshake messages
 * and alerts are copied into fresh immutable values.
 *
 * <p>Mutable, not thread-safe, one owner: the connection.
 */
public final class Tls13RecordLayer {
    private final OutboundRecords outbound = new OutboundRecords();
    private final InboundRecords inbound;

    /** A layer accepting handshake messages up to {@link HandshakeReassembler#DEFAULT_MAX_MESSAGE_LENGTH}. */
    public Tls13RecordLayer() {
        this(HandshakeReassembler.DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /**
     * A layer refusing handshake messages whose body exceeds {@code maxHandshakeMessageLength}
     * (DESIGN.md limits; illegal_parameter, {@link org.tlsref.api.DecodeFailure#MESSAGE_TOO_LARGE}).
     *
     * @throws IllegalArgumentException unless 0 &lt;= maxHandshakeMessageLength &lt;= 2^24-1
     */
    public Tls13RecordLayer(int maxHandshakeMessageLength) {
        this.inbound = new InboundRecords(maxHandshakeMessageLength);
    }

    /**
     * Sends the client's first ClientHello in TLSPlaintext records with legacy_record_version
     * 0x0301 (RFC 9846 §5.1: "a record containing an initial ClientHello SHOULD have version
     * 0x0301"). A second ClientHello, after a HelloRetryRequest, goes through
     * {@link #writeHandshake} with 0x0303.
     *
     * @throws IllegalStateException after write keys were installed
     * @throws IllegalArgumentException for an empty message
     */
    public void writeInitialClientHello(Bytes clientHello) {
        outbound.writeInitialClientHello(clientHello);
        inbound.handshakeSent();
    }

    /**
     * Sends one or more complete handshake messages (headers included) in as few records as the
     * fragment size allows, protected once write keys are installed.
     *
     * @throws IllegalArgumentException for no bytes (RFC 8446 §5.1 forbids zero-length handshake
     *     fragments)
     * @throws IllegalStateException when the sealer's usage limit is reached
     */
    public void writeHandshake(Bytes messages) {
        outbound.writeHandshake(messages);
        inbound.handshakeSent();
    }

    /**
     * Sends one alert in its own record (RFC 8446 §5.1: "Alert messages MUST NOT be fragmented
     * across records"), protected with the current write key if there is one (RFC 8446 §6:
     * "alert messages are encrypted as specified by the current connection state").
     */
    public void writeAlert(Alert alert) {
        outbound.writeAlert(alert);
    }

    /**
     * Seals all of {@code data} (position to limit, consumed) into application_data records.
     * Nothing is written for no bytes.
     *
     * @throws IllegalStateException before write keys (RFC 8446 §5.1: "Application Data records
     *     MUST NOT be written to the wire unprotected"), or when the sealer's usage limit is
     *     reached (check {@link #keyUpdateDue()} first)
     */
    public void writeApplicationData(ByteBuffer data) {
        outbound.writeApplicationData(data);
    }

    /**
     * Sends the compatibility change_cipher_spec, always as TLSPlaintext {@code 14 03 03 00 01 01}
     * (RFC 8446 §D.4: "The server sends a dummy change_cipher_spec record immediately after its
     * first handshake message"; the client "immediately before its second flight", or
     * "immediately after the first ClientHello" when offering early data).
     */
    public void writeChangeCipherSpec() {
        outbound.writeChangeCipherSpec();
    }

    /** Moves as many pending output bytes as fit into {@code networkOut}; returns how many. */
    public int transmit(ByteBuffer networkOut) {
        return outbound.transmit(networkOut);
    }

    /** Bytes written and not yet transmitted. */
    public int pendingOutput() {
        return outbound.pendingOutput();
    }

    /** True when bytes wait for {@link #transmit}. */
    public boolean hasPendingOutput() {
        return outbound.pendingOutput() > 0;
    }

    /** Protects every later record written with {@code sealer} (RFC 8446 §5.2, §7.3). */
    public void installWriteKeys(RecordSealer sealer) {
        outbound.installKeys(sealer);
    }

    /**
     * True when the installed write key is near its {@link UsageLimit}: send a KeyUpdate and
     * install the next key (or close) before writing much more. False before write keys.
     */
    public boolean keyUpdateDue() {
        return outbound.keyUpdateDue();
    }

    /**
     * Applies the record_size_limit the peer sent (RFC 8449 §4) to protected records written from
     * now on: their TLSInnerPlaintext, type and padding included, stays within it. Values above
     * the protocol's 2^14 + 1 are treated as 2^14 + 1 (RFC 8449 §4: "an endpoint MUST NOT send
     * records larger than the protocol-defined limit").
     *
     * @throws IllegalArgumentException below 64, which the extension's codec already refuses
     */
    public void applyPeerRecordSizeLimit(int recordSizeLimit) {
        outbound.applyPeerRecordSizeLimit(innerPlaintextLimit(recordSizeLimit));
    }

    /**
     * Consumes {@code networkIn} up to the end of the record that delivers something, or all of
     * it; see the class comment.
     *
     * @throws org.tlsref.api.TlsAlert for anything the peer got wrong
     */
    public Received receive(ByteBuffer networkIn) {
        return inbound.receive(networkIn);
    }

    /**
     * Opens every later record received with {@code opener}.
     *
     * @throws org.tlsref.api.TlsAlert unexpected_message
     *     ({@link org.tlsref.api.DecodeFailure#HANDSHAKE_SPANS_KEY_CHANGE}) when handshake bytes
     *     received under the old key are not all delivered
     */
    public void installReadKeys(RecordOpener opener) {
        inbound.installKeys(opener);
    }

    /**
     * Applies the record_size_limit this endpoint advertised (RFC 8449 §4) to protected records
     * received from now on: "A TLS endpoint that receives a record larger than its advertised
     * limit MUST generate a fatal record_overflow alert".
     *
     * @throws IllegalArgumentException below 64
     */
    public void applyOwnRecordSizeLimit(int recordSizeLimit) {
        inbound.applyOwnRecordSizeLimit(innerPlaintextLimit(recordSizeLimit));
    }

    /**
     * For a server that rejects the client's 0-RTT data (RFC 8446 §4.2.10): from now on, records
     * that fail to open with the installed read key (after a ServerHello) or that arrive as
     * application_data before read keys (after a HelloRetryRequest) are dropped, until one opens
     * or a cleartext handshake record arrives. Each is charged the most content it could carry
     * (its fragment less the type octet and the shortest TLS 1.3 tag, at least 1), and more than
     * {@code maxEarlyDataSize} in all is unexpected_message (RFC 8446 §4.6.1,
     * {@link RecordFailure#TOO_MUCH_EARLY_DATA}).
     *
     * @throws IllegalArgumentException for a negative size
     */
    public void skipRejectedEarlyData(long maxEarlyDataSize) {
        if (maxEarlyDataSize < 0) {
            throw new IllegalArgumentException("negative max_early_data_size " + maxEarlyDataSize);
        }
        inbound.skipRejectedEarlyData(maxEarlyDataSize);
    }

    /** True while rejected early data is being skipped. */
    public boolean isSkippingEarlyData() {
        return inbound.isSkippingEarlyData();
    }

    private static int innerPlaintextLimit(int recordSizeLimit) {
        if (recordSizeLimit < 64) {
            throw new IllegalArgumentException("record_size_limit " + recordSizeLimit
                    + " below 64 (RFC 8449 §4)");
        }
        return Math.min(recordSizeLimit, TlsInnerPlaintext.MAX_LENGTH);
    }
}
