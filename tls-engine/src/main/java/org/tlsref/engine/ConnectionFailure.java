package org.tlsref.engine;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/**
 * Why a connection failed for a reason the connection itself checks, rather than the record
 * layer or a handshake state.
 */
public enum ConnectionFailure implements AlertReason {
    /**
     * RFC 8446 §6.2 internal_error: "An internal error unrelated to the peer or the correctness
     * of the protocol (such as a memory allocation failure) makes it impossible to continue."
     * In tlsref any exception other than a TlsAlert escaping the engine is a bug, reported so
     * (DESIGN.md, "Errors and alerts").
     */
    INTERNAL_ERROR(AlertDescription.INTERNAL_ERROR),
    /**
     * RFC 8446 §2: "Application Data MUST NOT be sent prior to sending the Finished message";
     * a record of application data protected with handshake keys, before the handshake is
     * complete on this side, is an unexpected message (RFC 8446 §6.2).
     */
    APPLICATION_DATA_BEFORE_FINISHED(AlertDescription.UNEXPECTED_MESSAGE);

    private final AlertDescription description;

    ConnectionFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
