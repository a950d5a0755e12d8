package org.tlsref.engine.keyschedule;

import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/** Why a value the peer computed from the key schedule did not match this endpoint's. */
public enum KeyScheduleFailure implements AlertReason {
    /**
     * RFC 8446 §4.4.4: "Recipients of Finished messages MUST verify that the contents are correct
     * and if incorrect MUST terminate the connection with a "decrypt_error" alert."
     */
    BAD_FINISHED(AlertDescription.DECRYPT_ERROR),
    /**
     * RFC 8446 §4.2.11: "If this value is not present or does not validate, the server MUST abort
     * the handshake"; RFC 8446 §6.2 names the alert: decrypt_error, "including being unable to
     * [...] validate a Finished message or a PSK binder".
     */
    BAD_BINDER(AlertDescription.DECRYPT_ERROR);

    private final AlertDescription description;

    KeyScheduleFailure(AlertDescription description) {
        this.description = description;
    }

    @Override
    public AlertDescription description() {
        return description;
    }
}
