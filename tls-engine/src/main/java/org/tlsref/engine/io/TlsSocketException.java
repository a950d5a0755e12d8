package org.tlsref.engine.io;

import java.io.IOException;
import org.tlsref.api.TlsAlert;

/**
 * A TLS failure seen through a stream: the {@link TlsAlert} that ended the connection, sent to
 * the peer or received from it.
 */
public final class TlsSocketException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient TlsAlert alert;

    /** Wraps {@code alert}. */
    public TlsSocketException(TlsAlert alert) {
        super(alert.getMessage(), alert);
        this.alert = alert;
    }

    /** The alert that ended the connection. */
    public TlsAlert alert() {
        return alert;
    }
}
