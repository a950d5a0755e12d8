package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;

/**
 * One PSK the client offers, RFC 8446 §4.2.11: a ticket or external label, and the ticket age in
 * milliseconds plus ticket_age_add, modulo 2^32 (RFC 8446 §4.2.11.1), or 0 for an external PSK.
 * <pre>{@code
 * struct {
 *     opaque identity<1..2^16-1>;
 *     uint32 obfuscated_ticket_age;
 * } PskIdentity;
 * }</pre>
 */
public record PskIdentity(Bytes identity, long obfuscatedTicketAge) {
    /** Rejects null. */
    public PskIdentity {
        Objects.requireNonNull(identity, "identity");
    }

    /** Writes one PskIdentity. */
    public void encode(TlsWriter w) {
        w.opaque16(1, 0xFFFF, identity);
        w.u32(obfuscatedTicketAge);
    }

    /** Reads one PskIdentity. */
    public static PskIdentity decode(TlsReader r) {
        Bytes identity = r.opaque16(1, 0xFFFF);
        return new PskIdentity(identity, r.u32());
    }
}
