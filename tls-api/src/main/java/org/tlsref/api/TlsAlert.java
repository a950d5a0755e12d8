package org.tlsref.api;

import org.tlsref.api.registry.AlertDescription;

/**
 * The one way a TLS operation fails: a reason (which fixes the alert description) and a detail
 * saying where. Thrown where the fault is detected, sent to the peer in one place (DESIGN.md,
 * "Errors and alerts").
 */
public final class TlsAlert extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AlertReason reason;

    /** A failure for {@code reason}; {@code detail} says where and what was seen. */
    public TlsAlert(AlertReason reason, String detail) {
        super(reason.description().name().orElse("alert") + " (" + reason.name() + "): " + detail);
        this.reason = reason;
    }

    /** A failure for {@code reason} caused by a lower-level exception. */
    public TlsAlert(AlertReason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    /** Why the operation failed. */
    public AlertReason reason() {
        return reason;
    }

    /** The alert description to send. */
    public AlertDescription description() {
        return reason.description();
    }
}
