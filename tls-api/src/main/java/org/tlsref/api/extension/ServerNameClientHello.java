package org.tlsref.api.extension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.ServerNameType;

/**
 * server_name as the client sends it, RFC 6066 §3; RFC 9846 §4.3 also lets a CertificateRequest
 * carry it (exported authenticators, RFC 9261), in the same form.
 * <pre>{@code
 * struct {
 *     ServerName server_name_list<1..2^16-1>
 * } ServerNameList;
 * }</pre>
 * "The ServerNameList MUST NOT contain more than one name of the same name_type": a repeated type
 * is {@link org.tlsref.api.DecodeFailure#DUPLICATE_ENTRY}.
 */
public record ServerNameClientHello(List<ServerName> serverNameList) implements Extension {
    /** Copies the list. */
    public ServerNameClientHello {
        serverNameList = List.copyOf(serverNameList);
    }

    /** The list with one host_name entry. */
    public static ServerNameClientHello ofHostName(String hostName) {
        return new ServerNameClientHello(List.of(ServerName.hostName(hostName)));
    }

    /** The host_name entry as ASCII text, if the list has one. */
    public Optional<String> hostName() {
        for (ServerName name : serverNameList) {
            if (name.nameType().equals(ServerNameType.HOST_NAME)) {
                return Optional.of(
                        new String(name.name().toByteArray(), StandardCharsets.US_ASCII));
            }
        }
        return Optional.empty();
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SERVER_NAME;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(1, 0xFFFF, list -> serverNameList.forEach(name -> name.encode(list)));
    }

    /** Reads a ServerNameList. */
    public static ServerNameClientHello decode(TlsReader r) {
        TlsReader list = r.vector16(1, 0xFFFF);
        List<ServerName> names = new ArrayList<>();
        while (list.hasRemaining()) {
            names.add(ServerName.decode(list));
        }
        CodeVectors.requireDistinct(names, ServerName::nameType, "server_name_list name_type");
        return new ServerNameClientHello(names);
    }
}
