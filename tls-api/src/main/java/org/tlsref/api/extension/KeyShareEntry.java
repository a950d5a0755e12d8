package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.NamedGroup;

/**
 * One key share, RFC 8446 §4.2.8: a group and its key exchange value (an encoded public key or,
 * for the ML-KEM hybrids, an encapsulation key or ciphertext), kept opaque.
 * <pre>{@code
 * struct {
 *     NamedGroup group;
 *     opaque key_exchange<1..2^16-1>;
 * } KeyShareEntry;
 * }</pre>
 */
public record KeyShareEntry(NamedGroup group, Bytes keyExchange) {
    /** Rejects nulls. */
    public KeyShareEntry {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(keyExchange, "keyExchange");
    }

    /** Writes one KeyShareEntry. */
    public void encode(TlsWriter w) {
        w.u16(group.code());
        w.opaque16(1, 0xFFFF, keyExchange);
    }

    /** Reads one KeyShareEntry. */
    public static KeyShareEntry decode(TlsReader r) {
        NamedGroup group = NamedGroup.of(r.u16());
        return new KeyShareEntry(group, r.opaque16(1, 0xFFFF));
    }
}
