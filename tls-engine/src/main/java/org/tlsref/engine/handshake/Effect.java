package org.tlsref.engine.handshake;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.HandshakeMessage;
import org.tlsref.crypto.Secret;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * What a state asks the connection to do, as data: a state never touches the record layer, so a
 * transition is a pure function from input to next state and effects, and an RFC 8448 replay
 * compares effect lists. The connection applies effects in order.
 */
public sealed interface Effect
        permits Effect.Send, Effect.SendChangeCipherSpec, Effect.InstallReadKeys,
                Effect.InstallWriteKeys, Effect.LimitRecordSize, Effect.SkipRejectedEarlyData,
                Effect.LogSecret, Event {

    /** A short description for the annotated trace. */
    String description();

    /**
     * Sends a handshake message; consecutive sends under the same keys share records.
     *
     * @param message the message
     * @param encoding its exact bytes, as added to the transcript
     */
    record Send(HandshakeMessage message, Bytes encoding) implements Effect {
        /** Rejects nulls. */
        public Send {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(encoding, "encoding");
        }

        @Override
        public String description() {
            return "send " + OverviewWords.of(message);
        }
    }

    /**
     * Sends the dummy change_cipher_spec record of the middlebox compatibility mode (RFC 8446
     * §D.4).
     */
    record SendChangeCipherSpec() implements Effect {
        @Override
        public String description() {
            return "send change_cipher_spec (middlebox compatibility, RFC 8446 §D.4)";
        }
    }

    /**
     * Protects every later record received with the keys of {@code secret} (RFC 8446 §7.3). The
     * message that preceded the key change must have ended its record (RFC 8446 §5.1).
     *
     * @param secret the peer's traffic secret
     * @param name which secret, for the trace ("server handshake traffic")
     */
    record InstallReadKeys(TrafficSecret secret, String name) implements Effect {
        /** Rejects nulls. */
        public InstallReadKeys {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String description() {
            return "read with " + name + " keys";
        }
    }

    /**
     * Protects every later record sent with the keys of {@code secret} (RFC 8446 §7.3).
     *
     * @param secret this endpoint's traffic secret
     * @param name which secret, for the trace ("client application traffic")
     */
    record InstallWriteKeys(TrafficSecret secret, String name) implements Effect {
        /** Rejects nulls. */
        public InstallWriteKeys {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String description() {
            return "write with " + name + " keys";
        }
    }

    /**
     * Applies a negotiated record_size_limit (RFC 8449 §4): both sides sent one, so protected
     * records sent stay within the peer's, and those received within this endpoint's.
     *
     * @param peerLimit the peer's record_size_limit
     * @param ownLimit this endpoint's record_size_limit
     */
    record LimitRecordSize(int peerLimit, int ownLimit) implements Effect {
        @Override
        public String description() {
            return "record_size_limit negotiated: send at most " + peerLimit
                    + ", receive at most " + ownLimit + " (RFC 8449 §4)";
        }
    }

    /**
     * A server that does not accept the client's 0-RTT data skips it (RFC 8446 §4.2.10): after a
     * ServerHello, "discarding records which fail deprotection (up to the configured
     * max_early_data_size)"; after a HelloRetryRequest, "skipping all records with an external
     * content type of "application_data"".
     *
     * @param maxEarlyDataSize the most early data skipped before the handshake fails
     */
    record SkipRejectedEarlyData(long maxEarlyDataSize) implements Effect {
        @Override
        public String description() {
            return "skip the client's rejected early data, at most " + maxEarlyDataSize
                    + " bytes (RFC 8446 §4.2.10)";
        }
    }

    /**
     * Writes one line of the key log (draft-ietf-tls-keylogfile), if the configuration has one.
     *
     * @param label the NSS label, such as {@code CLIENT_HANDSHAKE_TRAFFIC_SECRET}
     * @param clientRandom the ClientHello.random that identifies the connection
     * @param secret the secret
     */
    record LogSecret(String label, Bytes clientRandom, Secret secret) implements Effect {
        /** Rejects nulls. */
        public LogSecret {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(clientRandom, "clientRandom");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String description() {
            return "key log " + label;
        }
    }
}
