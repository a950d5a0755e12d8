package org.tlsref.engine.handshake;

import java.util.Objects;
import org.tlsref.api.message.NewSessionTicketTls13;
import org.tlsref.engine.keyschedule.ExporterMasterSecret;

/** Something the application learns from the handshake: an {@link Effect} without I/O. */
public sealed interface Event extends Effect permits Event.HandshakeComplete, Event.TicketReceived {

    /**
     * The handshake is complete: both Finished messages are verified on this side and
     * application data may flow both ways (overview: "the server and client can now exchange
     * messages that are symmetrically encrypted with the shared secret key").
     *
     * @param session what was negotiated
     * @param exporterMasterSecret the secret of the keying material exporters (RFC 8446 §7.5)
     */
    record HandshakeComplete(Session session, ExporterMasterSecret exporterMasterSecret)
            implements Event {
        /** Rejects nulls. */
        public HandshakeComplete {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(exporterMasterSecret, "exporterMasterSecret");
        }

        @Override
        public String description() {
            return "handshake complete: " + session;
        }
    }

    /**
     * The server sent a NewSessionTicket (RFC 8446 §4.6.1). Resumption is not implemented yet, so
     * the ticket is only reported.
     *
     * @param ticket the ticket
     */
    record TicketReceived(NewSessionTicketTls13 ticket) implements Event {
        /** Rejects null. */
        public TicketReceived {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String description() {
            return "session ticket received (lifetime " + ticket.ticketLifetime()
                    + " s), not used: resumption is not implemented";
        }
    }
}
