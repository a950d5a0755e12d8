package org.tlsref.api.extension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * application_layer_protocol_negotiation as the client sends it, RFC 7301 §3.1.
 * <pre>{@code
 * opaque ProtocolName<1..2^8-1>;
 *
 * struct {
 *     ProtocolName protocol_name_list<2..2^16-1>
 * } ProtocolNameList;
 * }</pre>
 * "Empty strings MUST NOT be included and byte strings MUST NOT be truncated."
 */
public record ApplicationLayerProtocolNegotiationClientHello(List<Bytes> protocolNameList)
        implements Extension {
    /** Copies the list. */
    public ApplicationLayerProtocolNegotiationClientHello {
        protocolNameList = List.copyOf(protocolNameList);
    }

    /** The list of these protocol names (ASCII, as the IANA registry spells them: "h2"). */
    public static ApplicationLayerProtocolNegotiationClientHello of(String... protocolNames) {
        List<Bytes> names = new ArrayList<>(protocolNames.length);
        for (String name : protocolNames) {
            names.add(Bytes.of(name.getBytes(StandardCharsets.US_ASCII)));
        }
        return new ApplicationLayerProtocolNegotiationClientHello(names);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(2, 0xFFFF,
                list -> protocolNameList.forEach(name -> list.opaque8(1, 0xFF, name)));
    }

    /** Reads a ProtocolNameList. */
    public static ApplicationLayerProtocolNegotiationClientHello decode(TlsReader r) {
        return new ApplicationLayerProtocolNegotiationClientHello(decodeList(r));
    }

    /** Reads {@code protocol_name_list<2..2^16-1>} of {@code ProtocolName<1..2^8-1>}. */
    static List<Bytes> decodeList(TlsReader r) {
        TlsReader list = r.vector16(2, 0xFFFF);
        List<Bytes> names = new ArrayList<>();
        while (list.hasRemaining()) {
            names.add(list.opaque8(1, 0xFF));
        }
        return names;
    }
}
