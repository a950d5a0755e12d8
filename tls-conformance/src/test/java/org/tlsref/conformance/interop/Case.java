package org.tlsref.conformance.interop;

import java.util.Optional;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.conformance.interop.InteropPki.ClientKey;
import org.tlsref.conformance.interop.InteropPki.ServerKey;

/**
 * One point of the interop matrix: what both sides are configured to negotiate. Each side is
 * configured with the one suite and the one group, so the handshake must land on exactly them.
 *
 * @param suite the one TLS 1.3 cipher suite both sides allow
 * @param group the key exchange group
 * @param serverKey the server's certificate and key
 * @param clientKey the client's certificate when the server requires one; empty for no client
 *     authentication
 */
record Case(CipherSuite suite, NamedGroup group, ServerKey serverKey, Optional<ClientKey> clientKey) {

    /** A case without client authentication. */
    static Case of(CipherSuite suite, NamedGroup group, ServerKey serverKey) {
        return new Case(suite, group, serverKey, Optional.empty());
    }

    /** The same case with client authentication required, by {@code key}. */
    Case clientAuthenticatedBy(ClientKey key) {
        return new Case(suite, group, serverKey, Optional.of(key));
    }

    /** True when the server requires a client certificate. */
    boolean clientAuthenticated() {
        return clientKey.isPresent();
    }

    @Override
    public String toString() {
        return suite.name().orElseThrow() + ", " + group.name().orElseThrow() + ", server "
                + serverKey.file + ", client auth "
                + clientKey.map(key -> "required (" + key.file + ")").orElse("none");
    }
}
