package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;

/**
 * supported_groups, RFC 8446 §4.2.7 (RFC 8422 §5.1.1 for TLS 1.2), the same body in the
 * ClientHello and in TLS 1.3 EncryptedExtensions.
 * <pre>{@code
 * struct {
 *     NamedGroup named_group_list<2..2^16-1>;
 * } NamedGroupList;
 * }</pre>
 * RFC 9846 §4.3.7: "The "named_group_list" MUST NOT contain any duplicate entries.  A recipient
 * MAY abort a connection with a fatal "illegal_parameter" alert if it detects a duplicate entry":
 * decoding does ({@link org.tlsref.api.DecodeFailure#DUPLICATE_ENTRY}).
 */
public record SupportedGroups(List<NamedGroup> namedGroupList) implements Extension {
    /** Copies the list. */
    public SupportedGroups {
        namedGroupList = List.copyOf(namedGroupList);
    }

    /** The list of these groups, most preferred first. */
    public static SupportedGroups of(NamedGroup... groups) {
        return new SupportedGroups(List.of(groups));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.SUPPORTED_GROUPS;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU16(w, 2, 0xFFFF, namedGroupList, NamedGroup::code);
    }

    /** Reads a NamedGroupList. */
    public static SupportedGroups decode(TlsReader r) {
        List<NamedGroup> groups =
                CodeVectors.decodeU16(r, 2, 0xFFFF, NamedGroup::of, "named_group_list");
        CodeVectors.requireDistinct(groups, g -> g, "named_group_list");
        return new SupportedGroups(groups);
    }
}
