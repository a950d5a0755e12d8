package org.tlsref.engine.record;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/**
 * Why the TLS 1.3 record layer rejected what the peer sent, beyond the framing and inner-plaintext
 * reasons of {@link org.tlsref.api.DecodeFailure} and the AEAD failure of
 * {@link org.tlsref.crypto.CryptoFailure#BAD_RECORD_MAC}, which it reuses.
 */
public enum RecordFailure implements AlertReason {
    /**
     * RFC 8446 §5: "If a TLS implementation receives an unexpected record type, it MUST terminate
     * the connection with an "unexpected_message" alert." Once read keys are installed
     * ("Once record protection has started", RFC 8446 §5.1), a TLSPlaintext record other than the
     * compatibility change_cipher_spec is one.
     */
    UNPROTECTED_RECORD(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §5.1: "Application Data records MUST NOT be written to the wire unprotected"; one
     * that arrives before read keys are installed is an unexpected record (RFC 8446 §5).
     */
    UNPROTECTED_APPLICATION_DATA(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 9846 §5: "If an implementation detects a change_cipher_spec record received before the
     * first ClientHello message or after the peer's Finished message, it MUST be treated as an
     * unexpected record type", which RFC 8446 §5 answers with unexpected_message.
     */
    CHANGE_CIPHER_SPEC_OUT_OF_HANDSHAKE(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §5.3: "If a TLS implementation would need to wrap a sequence number, it MUST
     * either rekey (Section 4.6.3) or terminate the connection." The peer sent a record past the
     * last sequence number without a KeyUpdate; the RFC names no alert, so unexpected_message, as
     * for any record out of place (RFC 8446 §6.2).
     */
    SEQUENCE_NUMBER_EXHAUSTED(AlertDescription.UNEXPECTED_MESSAGE),
    /**
     * RFC 8446 §4.6.1: "A server receiving more than max_early_data_size bytes of 0-RTT data
     * SHOULD terminate the connection with an "unexpected_message" alert." Here: more rejected
     * early data to skip (RFC 8446 §4.2.10) than the configured size.
     */
    TOO_MUCH_EARLY_DATA(AlertDescription.UNEXPECTED_MESSAGE);

    private final AlertDescription description;

    RecordFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
