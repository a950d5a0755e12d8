package org.tlsref.crypto.pki;

import org.tlsref.api.TlsAlert;

/**
 * A certificate check that failed, inside this package. Path building may try several candidate
 * paths (RFC 4158), so a failed check is a value to keep, not yet the TlsAlert of the handshake:
 * {@link PathValidator} turns the first one into the alert when no candidate path validates.
 */
final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final CertificateFailure reason;

    Rejection(CertificateFailure reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    Rejection(CertificateFailure reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
    }

    CertificateFailure reason() {
        return reason;
    }

    /** The alert this rejection becomes when it ends the handshake. */
    TlsAlert toAlert() {
        return getCause() == null
                ? new TlsAlert(reason, getMessage())
                : new TlsAlert(reason, getMessage(), getCause());
    }
}
