package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * session_ticket in a TLS 1.2 ServerHello, RFC 5077 §3.2: "The server uses a zero-length
 * SessionTicket extension to indicate to the client that it will send a new session ticket using
 * the NewSessionTicket handshake message".
 */
public record SessionTicketServerHello() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.SESSION_TICKET;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static SessionTicketServerHello decode(TlsReader r) {
        return new SessionTicketServerHello();
    }
}
