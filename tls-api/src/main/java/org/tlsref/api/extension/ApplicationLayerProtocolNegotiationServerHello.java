package org.tlsref.api.extension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * application_layer_protocol_negotiation as the server sends it (TLS 1.2 ServerHello, TLS 1.3
 * EncryptedExtensions), RFC 7301 §3.1: "structured the same as described above for the client
 * "extension_data", except that the "ProtocolNameList" MUST contain exactly one "ProtocolName"."
 * <pre>{@code
 * struct {
 *     ProtocolName protocol_name_list<2..2^16-1>
 * } ProtocolNameList;
 * }</pre>
 * A list of more than one name is {@link DecodeFailure#WRONG_ELEMENT_COUNT}.
 */
public record ApplicationLayerProtocolNegotiationServerHello(Bytes protocolName)
        implements Extension {
    /** Rejects null. */
    public ApplicationLayerProtocolNegotiationServerHello {
        Objects.requireNonNull(protocolName, "protocolName");
    }

    /** The selected protocol, named in ASCII ("h2"). */
    public static ApplicationLayerProtocolNegotiationServerHello of(String protocolName) {
        return new ApplicationLayerProtocolNegotiationServerHello(
                Bytes.of(protocolName.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(2, 0xFFFF, list -> list.opaque8(1, 0xFF, protocolName));
    }

    /** Reads a ProtocolNameList holding exactly one name. */
    public static ApplicationLayerProtocolNegotiationServerHello decode(TlsReader r) {
        List<Bytes> names = ApplicationLayerProtocolNegotiationClientHello.decodeList(r);
        if (names.size() != 1) {
            throw new TlsAlert(DecodeFailure.WRONG_ELEMENT_COUNT,
                    "server ProtocolNameList holds " + names.size() + " names, not exactly one");
        }
        return new ApplicationLayerProtocolNegotiationServerHello(names.get(0));
    }
}
