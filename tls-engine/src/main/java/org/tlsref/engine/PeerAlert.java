package org.tlsref.engine;

import java.util.Locale;
import java.util.Objects;
import org.tlsref.api.AlertReason;
import org.tlsref.api.registry.AlertDescription;

/**
 * The reason of a {@link org.tlsref.api.TlsAlert} that the peer sent rather than this endpoint:
 * RFC 8446 §6.2, "Upon transmission or receipt of a fatal alert message, both parties MUST
 * immediately close the connection." Its {@link #name()} says "RECEIVED_", so a failure always
 * tells which side gave up; nothing is sent in reply.
 *
 * @param description the alert the peer sent
 */
public record PeerAlert(AlertDescription description) implements AlertReason {
    /** Rejects null. */
    public PeerAlert {
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String name() {
        return "RECEIVED_" + description.name().orElse("alert_" + description.code())
                .toUpperCase(Locale.ROOT);
    }
}
