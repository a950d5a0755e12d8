package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * session_ticket in the ClientHello, RFC 5077 §3.2: "The extension_data field of SessionTicket
 * extension contains the ticket", with no length of its own; a client that has no ticket but wants
 * one "MUST include a zero-length ticket". The ticket is the whole body, so it is bounded only by
 * {@code extension_data<0..2^16-1>}.
 */
public record SessionTicketClientHello(Bytes ticket) implements Extension {
    /** Rejects null. */
    public SessionTicketClientHello {
        Objects.requireNonNull(ticket, "ticket");
    }

    /** The empty ticket: no ticket to resume, but ready to receive one. */
    public static SessionTicketClientHello empty() {
        return new SessionTicketClientHello(Bytes.EMPTY);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SESSION_TICKET;
    }

    @Override
    public void encode(TlsWriter w) {
        w.bytes(ticket);
    }

    /** Takes the whole body as the ticket. */
    public static SessionTicketClientHello decode(TlsReader r) {
        return new SessionTicketClientHello(r.rest());
    }
}
