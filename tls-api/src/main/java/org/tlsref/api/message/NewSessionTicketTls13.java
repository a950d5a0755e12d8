package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.registry.HandshakeType;

/**
 * NewSessionTicket, TLS 1.3 form (RFC 8446 §4.6.1; RFC 9846 §4.7.1).
 * <pre>{@code
 * struct {
 *     uint32 ticket_lifetime;
 *     uint32 ticket_age_add;
 *     opaque ticket_nonce<0..255>;
 *     opaque ticket<1..2^16-1>;
 *     Extension extensions<0..2^16-1>;
 * } NewSessionTicket;
 * }</pre>
 * RFC 8446 bounded extensions by {@code <0..2^16-2>}; RFC 9846 §4.7.1 uses the ordinary
 * {@code <0..2^16-1>}, which this codec follows. The lifetime limit of 604800 seconds is the
 * engine's to enforce. The uint32 fields are held in a {@code long}.
 */
public record NewSessionTicketTls13(long ticketLifetime, long ticketAgeAdd, Bytes ticketNonce,
        Bytes ticket, Extensions extensions) implements HandshakeMessage {

    /** The uint32 fields must fit 32 unsigned bits. */
    public NewSessionTicketTls13 {
        Uint32.check(ticketLifetime, "ticket_lifetime");
        Uint32.check(ticketAgeAdd, "ticket_age_add");
    }

    @Override
    public HandshakeType type() {
        return HandshakeType.NEW_SESSION_TICKET;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.u32(ticketLifetime);
        w.u32(ticketAgeAdd);
        w.opaque8(0, 0xFF, ticketNonce);
        w.opaque16(1, 0xFFFF, ticket);
        extensions.encode(w);
    }

    /** Decodes a whole body, extensions in the NST column of RFC 8446 §4.2. */
    public static NewSessionTicketTls13 decode(TlsReader body) {
        long lifetime = body.u32();
        long ageAdd = body.u32();
        Bytes nonce = body.opaque8(0, 0xFF);
        Bytes ticket = body.opaque16(1, 0xFFFF);
        Extensions extensions = Extensions.decode(body, ExtensionContext.NEW_SESSION_TICKET);
        body.expectEnd();
        return new NewSessionTicketTls13(lifetime, ageAdd, nonce, ticket, extensions);
    }
}
