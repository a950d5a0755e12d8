package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * NewSessionTicket, TLS 1.2 form (RFC 5077 §3.3).
 * <pre>{@code
 * struct {
 *     uint32 ticket_lifetime_hint;
 *     opaque ticket<0..2^16-1>;
 * } NewSessionTicket;
 * }</pre>
 * An empty ticket is allowed: the server may so decline to issue one after promising to
 * (RFC 5077 §3.3). The uint32 field is held in a {@code long}.
 */
public record NewSessionTicketTls12(long ticketLifetimeHint, Bytes ticket)
        implements HandshakeMessage {

    /** The hint must fit 32 unsigned bits. */
    public NewSessionTicketTls12 {
        Uint32.check(ticketLifetimeHint, "ticket_lifetime_hint");
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.NEW_SESSION_TICKET;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u32(ticketLifetimeHint);
        w.opaque16(0, 0xFFFF, ticket);
    }

    /** Decodes a whole body. */
    public static NewSessionTicketTls12 decode(TlsReader body) {
        long hint = body.u32();
        Bytes ticket = body.opaque16(0, 0xFFFF);
        body.expectEnd();
        return new NewSessionTicketTls12(hint, ticket);
    }
}
