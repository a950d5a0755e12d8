package org.tlsref.engine;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.DecodeContext;
import org.tlsref.api.message.HandshakeDecoder;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.api.record.Alert;
import org.tlsref.api.record.HandshakeFrame;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.KeyUpdateRequest;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.config.HandshakeListener;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.Closed;
import org.tlsref.engine.handshake.Effect;
import org.tlsref.engine.handshake.Event;
import org.tlsref.engine.handshake.HandshakeState;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.handshake.Step;
import org.tlsref.engine.keyschedule.Exporter;
import org.tlsref.engine.record.Received;
import org.tlsref.engine.record.Tls13RecordLayer;
import org.tlsref.engine.record.UsageLimit;

/**
 * One TLS connection without I/O (DESIGN.md, "The connection API"): feed it what arrived
 * ({@link #receive}), drain what to send ({@link #transmit}), and exchange application data
 * ({@link #write}, {@link #read}). Create one with {@link TlsClient#create} or
 * {@link TlsServer#create}; a client's ClientHello is ready to transmit at once.
 *
 * <p>The handshake runs as a chain of states (org.tlsref.engine.handshake); this class hands
 * each input to the current state and applies the effects it returns to the record layer. It is
 * also the one place that turns failures into alerts: a {@link TlsAlert} from anywhere queues
 * the alert for {@link #transmit}, closes the connection and is rethrown; any other exception is
 * a bug, answered with internal_error and rethrown. A fatal alert from the peer closes the
 * connection and surfaces as a TlsAlert whose reason is a {@link PeerAlert}.
 *
 * <p>Mutable and not thread-safe: one thread drives a connection at a time.
 */
public final class TlsConnection {
    private final TlsConfig config;
    private final Tls13RecordLayer records;
    private final ApplicationDataBuffer received = new ApplicationDataBuffer();
    private final ByteArrayOutputStream pendingHandshake = new ByteArrayOutputStream();
    private HandshakeState state;
    private Lifecycle lifecycle = new Lifecycle.Handshaking();
    private Closure inbound = Closure.OPEN;
    private Closure outbound = Closure.OPEN;

    /** Whether one direction of the connection is still open (RFC 9846 §6.1). */
    private enum Closure { OPEN, CLOSE_NOTIFY }

    private TlsConnection(TlsConfig config, HandshakeState initial) {
        this.config = config;
        this.records = new Tls13RecordLayer(config.records().maxHandshakeMessageSize());
        this.state = initial;
    }

    /** A server connection waiting in {@code initial}. */
    static TlsConnection startServer(TlsConfig config, HandshakeState initial) {
        TlsConnection connection = new TlsConnection(config, initial);
        connection.listener().entered(initial);
        return connection;
    }

    /** A client connection whose first step sends the initial ClientHello. */
    static TlsConnection startClient(TlsConfig config, Step first) {
        TlsConnection connection = new TlsConnection(config, first.next());
        Effect.Send clientHello = (Effect.Send) first.effects().get(0);
        connection.listener().applied(clientHello);
        // RFC 9846 §5.1: "a record containing an initial ClientHello SHOULD have version 0x0301".
        connection.records.writeInitialClientHello(clientHello.encoding());
        connection.listener().entered(first.next());
        return connection;
    }

    /**
     * Consumes bytes that arrived from the network, as far as they complete records, and
     * processes them: handshake messages advance the handshake (queuing what to send), alerts
     * close, application data waits for {@link #read}. Input may be left in {@code networkIn}
     * when received application data fills the buffer; read some and call again.
     *
     * @throws TlsAlert when the peer broke a rule (the alert is queued for {@link #transmit}) or
     *     sent a fatal alert (reason {@link PeerAlert}); the connection is then closed
     * @throws IllegalStateException when the connection already failed
     */
    public void receive(ByteBuffer networkIn) {
        requireNotFailed();
        guarded(() -> {
            while (inbound == Closure.OPEN && received.hasRoomForARecord()) {
                Received delivered = records.receive(networkIn);
                if (delivered instanceof Received.NeedMoreInput) {
                    return;
                }
                deliver(delivered);
            }
            if (inbound == Closure.CLOSE_NOTIFY) {
                // RFC 9846 §6.1: "Any data received after a closure alert has been received
                // MUST be ignored."
                networkIn.position(networkIn.limit());
            }
        });
    }

    /** Moves pending output (records, alerts) into {@code networkOut}; returns how many bytes. */
    public int transmit(ByteBuffer networkOut) {
        return records.transmit(networkOut);
    }

    /** True when bytes wait for {@link #transmit}. */
    public boolean wantsToTransmit() {
        return records.hasPendingOutput();
    }

    /**
     * Encrypts all of {@code applicationData} into records to transmit; returns how many bytes
     * were taken. Before a sending key reaches its usage limit (RFC 8446 §5.5) a KeyUpdate is
     * sent first.
     *
     * @throws IllegalStateException before the handshake completed, after {@link #close()}, or
     *     after a failure
     */
    public int write(ByteBuffer applicationData) {
        requireNotFailed();
        if (!handshakeComplete() || outbound != Closure.OPEN) {
            throw new IllegalStateException(outbound != Closure.OPEN
                    ? "close_notify was sent; nothing more may be written"
                    : "the handshake is not complete");
        }
        int total = applicationData.remaining();
        guarded(() -> {
            ByteBuffer chunk = applicationData.duplicate();
            while (applicationData.hasRemaining()) {
                if (records.keyUpdateDue()) {
                    handle(new Input.UpdateKeys(KeyUpdateRequest.UPDATE_NOT_REQUESTED));
                }
                int length = Math.min(applicationData.remaining(), 1 << 14);
                chunk.limit(applicationData.position() + length).position(applicationData.position());
                records.writeApplicationData(chunk);
                applicationData.position(applicationData.position() + length);
            }
        });
        return total;
    }

    /**
     * Moves received application data into {@code destination}; returns how many bytes, or -1
     * when the peer sent close_notify and everything before it was read (end of stream).
     */
    public int read(ByteBuffer destination) {
        if (received.isEmpty()) {
            return inbound == Closure.CLOSE_NOTIFY ? -1 : 0;
        }
        return received.readInto(destination);
    }

    /** Application data received and not yet read. */
    public int available() {
        return received.available();
    }

    /** True once both Finished messages are verified on this side. */
    public boolean handshakeComplete() {
        return lifecycle instanceof Lifecycle.Established;
    }

    /** What the handshake negotiated, once it is complete. */
    public Optional<Session> session() {
        return lifecycle instanceof Lifecycle.Established established
                ? Optional.of(established.session()) : Optional.empty();
    }

    /** The failure that closed the connection, if one did. */
    public Optional<TlsAlert> failure() {
        return lifecycle instanceof Lifecycle.Failed failed
                ? Optional.of(failed.alert()) : Optional.empty();
    }

    /** True once the peer sent close_notify: no more application data will arrive. */
    public boolean peerClosed() {
        return inbound == Closure.CLOSE_NOTIFY;
    }

    /** True once this side sent close_notify. */
    public boolean closed() {
        return outbound == Closure.CLOSE_NOTIFY;
    }

    /**
     * Closes the sending side with close_notify (RFC 9846 §6.1: "Either party MAY initiate a
     * close of its write side of the connection by sending a "close_notify" alert"); the peer's
     * data can still be read. Does nothing when already closed or failed.
     */
    public void close() {
        if (outbound == Closure.OPEN && !(lifecycle instanceof Lifecycle.Failed)) {
            outbound = Closure.CLOSE_NOTIFY;
            records.writeAlert(Alert.CLOSE_NOTIFY);
            listener().alertSent(Alert.CLOSE_NOTIFY, "close_notify");
        }
    }

    /**
     * Updates this side's sending keys with a KeyUpdate (RFC 8446 §4.6.3), asking the peer to
     * update its own with {@link KeyUpdateRequest#UPDATE_REQUESTED}.
     *
     * @throws IllegalStateException before the handshake completed or after close or failure
     */
    public void keyUpdate(KeyUpdateRequest request) {
        requireNotFailed();
        if (!handshakeComplete() || outbound != Closure.OPEN) {
            throw new IllegalStateException("no key update before the handshake or after close");
        }
        guarded(() -> handle(new Input.UpdateKeys(request)));
    }

    /**
     * Keying material exported from the connection (RFC 8446 §7.5, RFC 5705).
     *
     * @param label the exporter label
     * @param context the context value; {@link Bytes#EMPTY} for none (RFC 9846 §7.5: the same)
     * @param length the number of bytes
     * @throws IllegalStateException before the handshake completed
     * @throws IllegalArgumentException for a label or length the exporter cannot take
     */
    public Secret exportKeyingMaterial(String label, Bytes context, int length) {
        if (!(lifecycle instanceof Lifecycle.Established established)) {
            throw new IllegalStateException("no exporter before the handshake is complete");
        }
        return Exporter.export(established.exporterMasterSecret(), label, context, length);
    }

    /** The current handshake state, for traces and tests. */
    public HandshakeState state() {
        return state;
    }

    private void deliver(Received delivered) {
        if (delivered instanceof Received.Handshake handshake) {
            HandshakeFrame frame = handshake.message();
            HandshakeMessage message = HandshakeDecoder.decode(frame.msgType(), frame.body(),
                    DecodeContext.TLS13);
            handle(new Input.Handshake(message, frame.encoding()));
        } else if (delivered instanceof Received.AlertMessage alertMessage) {
            alert(alertMessage.alert());
        } else if (delivered instanceof Received.ApplicationData data) {
            if (!handshakeComplete()) {
                throw new TlsAlert(ConnectionFailure.APPLICATION_DATA_BEFORE_FINISHED,
                        data.plaintext().remaining() + " bytes of application data");
            }
            received.append(data.plaintext());
        }
    }

    /**
     * RFC 9846 §6.1: close_notify closes the peer's direction; user_canceled "generally has
     * AlertLevel=warning" and is followed by close_notify. RFC 8446 §6: "Unknown Alert types MUST
     * be treated as error alerts", and §6.2: error alerts are fatal "regardless of the
     * AlertLevel in the message".
     */
    private void alert(Alert alert) {
        listener().alertReceived(alert);
        if (alert.description().equals(AlertDescription.CLOSE_NOTIFY)) {
            inbound = Closure.CLOSE_NOTIFY;
        } else if (!alert.description().equals(AlertDescription.USER_CANCELED)) {
            throw new TlsAlert(new PeerAlert(alert.description()),
                    "the peer sent " + alert.level() + " " + alert.description());
        }
    }

    private void handle(Input input) {
        listener().received(input);
        apply(state.handle(input));
    }

    /** Applies a step's effects in order; consecutive messages share records. */
    private void apply(Step step) {
        for (Effect effect : step.effects()) {
            if (outbound == Closure.CLOSE_NOTIFY && writesToPeer(effect)) {
                continue;
            }
            listener().applied(effect);
            if (effect instanceof Effect.Send send) {
                pendingHandshake.writeBytes(send.encoding().toByteArray());
                continue;
            }
            flushHandshake();
            if (effect instanceof Effect.SendChangeCipherSpec) {
                records.writeChangeCipherSpec();
            } else if (effect instanceof Effect.InstallReadKeys keys) {
                records.installReadKeys(keys.secret().opener());
            } else if (effect instanceof Effect.InstallWriteKeys keys) {
                records.installWriteKeys(keys.secret().sealer(config.records().padding(),
                        UsageLimit.forAlgorithm(keys.secret().parameters().aead())));
            } else if (effect instanceof Effect.LimitRecordSize limit) {
                records.applyPeerRecordSizeLimit(limit.peerLimit());
                records.applyOwnRecordSizeLimit(limit.ownLimit());
            } else if (effect instanceof Effect.SkipRejectedEarlyData skip) {
                records.skipRejectedEarlyData(skip.maxEarlyDataSize());
            } else if (effect instanceof Effect.LogSecret log) {
                config.observers().keyLog().log(log.label(), log.clientRandom(), log.secret());
            } else if (effect instanceof Event.HandshakeComplete complete) {
                lifecycle = new Lifecycle.Established(complete.session(),
                        complete.exporterMasterSecret());
            }
        }
        flushHandshake();
        state = step.next();
        listener().entered(state);
    }

    /**
     * RFC 9846 §6.1: close_notify closes this side's write direction, so nothing follows it — not
     * even the KeyUpdate that §4.6.3 asks for "prior to sending its next Application Data record",
     * since no record comes next. Its new sending keys would have no use either.
     */
    private static boolean writesToPeer(Effect effect) {
        return effect instanceof Effect.Send || effect instanceof Effect.SendChangeCipherSpec
                || effect instanceof Effect.InstallWriteKeys;
    }

    private void flushHandshake() {
        if (pendingHandshake.size() > 0) {
            records.writeHandshake(Bytes.of(pendingHandshake.toByteArray()));
            pendingHandshake.reset();
        }
    }

    /**
     * Runs {@code action}, turning failures into alerts in the one place DESIGN.md names: a
     * TlsAlert queues its alert (unless the peer sent it) and is rethrown; anything else is a bug,
     * answered with internal_error and rethrown.
     */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (TlsAlert alert) {
            fail(alert);
            throw alert;
        } catch (RuntimeException bug) {
            fail(new TlsAlert(ConnectionFailure.INTERNAL_ERROR, String.valueOf(bug), bug));
            throw bug;
        }
    }

    /**
     * RFC 8446 §6.2: "Upon transmission or receipt of a fatal alert message, both parties MUST
     * immediately close the connection."
     */
    private void fail(TlsAlert alert) {
        lifecycle = new Lifecycle.Failed(alert);
        state = Closed.INSTANCE;
        pendingHandshake.reset();
        if (!(alert.reason() instanceof PeerAlert)) {
            Alert sent = Alert.fatal(alert.description());
            try {
                records.writeAlert(sent);
            } catch (RuntimeException unsendable) {
                alert.addSuppressed(unsendable);
            }
            listener().alertSent(sent, alert.getMessage());
        }
        listener().entered(state);
    }

    private void requireNotFailed() {
        if (lifecycle instanceof Lifecycle.Failed failed) {
            throw new IllegalStateException("the connection failed: " + failed.alert().getMessage(),
                    failed.alert());
        }
    }

    private HandshakeListener listener() {
        return config.observers().listener();
    }
}
