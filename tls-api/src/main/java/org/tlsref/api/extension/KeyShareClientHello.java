package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;

/**
 * key_share in the ClientHello, RFC 8446 §4.2.8: the client's shares, most preferred first; empty
 * to ask the server to pick a group by HelloRetryRequest.
 * <pre>{@code
 * struct {
 *     KeyShareEntry client_shares<0..2^16-1>;
 * } KeyShareClientHello;
 * }</pre>
 * "Clients MUST NOT offer multiple KeyShareEntry values for the same group. ... Servers MAY check
 * for violations of these rules and abort the handshake with an "illegal_parameter" alert":
 * decoding does ({@link org.tlsref.api.DecodeFailure#DUPLICATE_ENTRY}).
 */
public record KeyShareClientHello(List<KeyShareEntry> clientShares) implements Extension {
    /** Copies the list. */
    public KeyShareClientHello {
        clientShares = List.copyOf(clientShares);
    }

    /** The client's share for {@code group}, if it sent one. */
    public Optional<KeyShareEntry> shareFor(NamedGroup group) {
        return clientShares.stream().filter(share -> share.group().equals(group)).findFirst();
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.KEY_SHARE;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(0, 0xFFFF, shares -> clientShares.forEach(share -> share.encode(shares)));
    }

    /** Reads a KeyShareClientHello. */
    public static KeyShareClientHello decode(TlsReader r) {
        TlsReader shares = r.vector16(0, 0xFFFF);
        List<KeyShareEntry> entries = new ArrayList<>();
        while (shares.hasRemaining()) {
            entries.add(KeyShareEntry.decode(shares));
        }
        CodeVectors.requireDistinct(entries, KeyShareEntry::group, "client_shares group");
        return new KeyShareClientHello(entries);
    }
}
