package org.tlsref.engine.handshake.tls13.client;

/**
 * What kind of name a client was given. RFC 6066 §3: "Literal IPv4 and IPv6 addresses are not
 * permitted in "HostName"", so only a host name goes into server_name; an address is still
 * checked against the certificate's iPAddress entries (RFC 9525 §6.4).
 */
final class ServerNames {
    private ServerNames() {
    }

    /** True for a DNS host name; false for an IPv4 or IPv6 literal or an empty name. */
    static boolean isHostName(String name) {
        if (name.isEmpty() || name.indexOf(':') >= 0) {
            return false;
        }
        return !name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
