package org.tlsref.engine;

import java.util.Objects;
import org.tlsref.api.TlsAlert;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.keyschedule.ExporterMasterSecret;

/** Where a connection is in its life, as {@link TlsConnection} tracks it. */
sealed interface Lifecycle permits Lifecycle.Handshaking, Lifecycle.Established, Lifecycle.Failed {

    /** The handshake is under way. */
    record Handshaking() implements Lifecycle {
    }

    /**
     * The handshake completed.
     *
     * @param session what was negotiated
     * @param exporterMasterSecret the secret of the exporters (RFC 8446 §7.5)
     */
    record Established(Session session, ExporterMasterSecret exporterMasterSecret)
            implements Lifecycle {
        public Established {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(exporterMasterSecret, "exporterMasterSecret");
        }
    }

    /**
     * An alert ended the connection, sent or received.
     *
     * @param alert the failure, as it was thrown to the caller
     */
    record Failed(TlsAlert alert) implements Lifecycle {
        public Failed {
            Objects.requireNonNull(alert, "alert");
        }
    }
}
