package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.EcPointFormat;
import org.tlsref.api.registry.ExtensionType;

/**
 * ec_point_formats, RFC 8422 §5.1.2, the same body in the ClientHello and, RFC 8422 §5.2, the
 * TLS 1.2 ServerHello.
 * <pre>{@code
 * struct {
 *     ECPointFormat ec_point_format_list<1..2^8-1>
 * } ECPointFormatList;
 * }</pre>
 */
public record EcPointFormats(List<EcPointFormat> ecPointFormatList) implements Extension {
    /** Copies the list. */
    public EcPointFormats {
        ecPointFormatList = List.copyOf(ecPointFormatList);
    }

    /** The list RFC 8422 §5.1.2 recommends: uncompressed only. */
    public static EcPointFormats uncompressed() {
        return new EcPointFormats(List.of(EcPointFormat.UNCOMPRESSED));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.EC_POINT_FORMATS;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU8(w, 1, 0xFF, ecPointFormatList, EcPointFormat::code);
    }

    /** Reads an ECPointFormatList. */
    public static EcPointFormats decode(TlsReader r) {
        return new EcPointFormats(CodeVectors.decodeU8(r, 1, 0xFF, EcPointFormat::of));
    }
}
