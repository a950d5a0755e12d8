package org.tlsref.api.extension;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ServerNameType;

/**
 * One entry of a ServerNameList, RFC 6066 §3.
 * <pre>{@code
 * struct {
 *     NameType name_type;
 *     select (name_type) {
 *         case host_name: HostName;
 *     } name;
 * } ServerName;
 *
 * opaque HostName<1..2^16-1>;
 * }</pre>
 * RFC 6066 §3: "all future data structures associated with new NameTypes MUST begin with a 16-bit
 * length field", so the name of an unknown type is kept as the {@code <0..2^16-1>} vector that
 * follows its type; a host_name must not be empty.
 */
public record ServerName(ServerNameType nameType, Bytes name) {
    /** Rejects nulls. */
    public ServerName {
        Objects.requireNonNull(nameType, "nameType");
        Objects.requireNonNull(name, "name");
    }

    /**
     * A host_name entry: "the fully qualified DNS hostname of the server ... represented as a byte
     * string using ASCII encoding without a trailing dot" (RFC 6066 §3).
     *
     * @throws IllegalArgumentException if {@code hostName} is not ASCII
     */
    public static ServerName hostName(String hostName) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(hostName)) {
            throw new IllegalArgumentException("host name is not ASCII: " + hostName);
        }
        return new ServerName(ServerNameType.HOST_NAME,
                Bytes.of(hostName.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Writes name_type and the length-prefixed name. */
    public void encode(TlsWriter w) {
        w.u8(nameType.code());
        w.opaque16(minimumLength(nameType), 0xFFFF, name);
    }

    /** Reads one ServerName. */
    public static ServerName decode(TlsReader r) {
        ServerNameType type = ServerNameType.of(r.u8());
        return new ServerName(type, r.opaque16(minimumLength(type), 0xFFFF));
    }

    private static int minimumLength(ServerNameType type) {
        return type.equals(ServerNameType.HOST_NAME) ? 1 : 0;
    }
}
