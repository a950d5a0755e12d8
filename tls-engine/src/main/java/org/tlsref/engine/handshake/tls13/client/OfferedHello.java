package org.tlsref.engine.handshake.tls13.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.ClientHello;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyShare;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

/**
 * What a client offered in the ClientHello it last sent, and the private halves of its key shares:
 * everything the ServerHello is checked against (RFC 8446 §4.1.3).
 *
 * @param config the client's configuration
 * @param serverName the name the client connects to: a host name (sent as server_name) or an IP
 *     address literal (not sent, RFC 6066 §3); checked against the server's certificate
 * @param hello the ClientHello sent
 * @param encoding its exact bytes
 * @param keyShares the key shares whose public values the hello carries, in order
 * @param changeCipherSpec where the client stands with the compatibility change_cipher_spec
 */
public record OfferedHello(TlsConfig config, String serverName, ClientHello hello, Bytes encoding,
        List<KeyShare> keyShares, DummyChangeCipherSpec changeCipherSpec) {

    /** Copies the shares; rejects nulls. */
    public OfferedHello {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(hello, "hello");
        Objects.requireNonNull(encoding, "encoding");
        keyShares = List.copyOf(keyShares);
        Objects.requireNonNull(changeCipherSpec, "changeCipherSpec");
    }

    /** The share offered for {@code group}, if any. */
    public Optional<KeyShare> keyShare(NamedGroup group) {
        for (KeyShare share : keyShares) {
            if (share.group().equals(group)) {
                return Optional.of(share);
            }
        }
        return Optional.empty();
    }

    /** ClientHello.random, which also names the connection in the key log. */
    public Bytes clientRandom() {
        return hello.random();
    }
}
